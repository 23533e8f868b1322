import type { account as english } from "../en/account.ts";
import type { Translation } from "../translation.ts";

export const account: Translation<typeof english> = {
  "account.title": "Менің профилім",
  "account.passwordTitle": "Құпиясөзді өзгерту",
  "account.passwordIntro": "Ағымдағы құпиясөзді және жаңасын енгізіңіз. Басқа сеанстарыңыз аяқталады.",
  "account.passwordChanged": "Құпиясөз өзгертілді.",
  "account.sessionsTitle": "Белсенді сеанстар",
  "account.sessionStarted": "Кірген уақыты",
  "account.sessionLastSeen": "Соңғы белсенділік",
  "account.sessionEnds": "Аяқталады",
  "account.thisSession": "Осы сеанс",
  "account.endSession": "Сеансты аяқтау",
  "totp.title": "Екі факторлы кіру",
  "totp.code": "Қолданбадағы код",
  "totp.codeHint": "Аутентификатор қолданбасындағы 6 таңбалы кодты немесе қалпына келтіру кодын енгізіңіз.",
  "totp.start": "Екі факторлы кіруді баптау",
  "totp.scan": "Бұл QR-кодты аутентификатор қолданбасымен сканерлеп, көрсетілген кодты енгізіңіз.",
  "totp.qrAlt": "Аутентификатор қолданбасына арналған QR-код",
  "totp.secretLabel": "Немесе мына кілтті енгізіңіз:",
  "totp.confirm": "Қосу",
  "totp.enabled": "Екі факторлы кіру қосылды.",
  "totp.recoveryIntro":
    "Қалпына келтіру кодтары: телефоныңызды жоғалтсаңыз, әрқайсысы кодтың орнына бір рет жарайды. Оларды қазір сақтаңыз: қайта көрсетілмейді.",
  "totp.savedCodes": "Кодтарды сақтадым",
  "totp.onWithCodes": "Екі факторлы кіру қосулы. Қалған қалпына келтіру кодтары: {count}.",
  "totp.off": "Екі факторлы кіру өшірулі.",
  "totp.disable": "Екі факторлы кіруді өшіру",
  "totp.requiredTitle": "Екі факторлы кіруді баптаңыз",
  "totp.requiredIntro": "Командаңыз сіздің рөліңіз үшін екінші факторды талап етеді. Жалғастыру үшін оны баптаңыз.",
  "verifyEmail.title": "Электрондық пошта мекенжайын растау",
  "verifyEmail.intro": "Tekser хабарландыруларын осы пошта жәшігіне жіберу үшін оның сіздікі екенін растаңыз.",
  "verifyEmail.confirm": "Мекенжайды растау",
  "verifyEmail.done": "Расталды: таңдаған хабарландыруларыңыз енді {email} мекенжайына келеді.",
  "verifyEmail.noToken":
    "Сілтеме толық емес. Оны хаттан қайта ашыңыз немесе «Менің аккаунтым» бетінен жаңасын жіберіңіз.",
  "verifyEmail.toTekser": "Tekser-ге өту",
};
