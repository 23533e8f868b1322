import type { auth as english } from "../en/auth.ts";
import type { Translation } from "../translation.ts";

export const auth: Translation<typeof english> = {
  "auth.signedInAs": "Жүйеге кірген",
  "auth.logout": "Шығу",
  "auth.loginTitle": "Tekser жүйесіне кіру",
  "auth.loginIntro": "Фактчекинг командаларына арналған ақпаратты қадағалау.",
  "auth.username": "Пайдаланушы аты",
  "auth.password": "Құпиясөз",
  "auth.login": "Кіру",
  "auth.loggingIn": "Кіру…",
  "auth.invalidCredentials": "Пайдаланушы аты немесе құпиясөз қате",
  "auth.changeTitle": "Құпиясөзді өзгерту",
  "auth.changeIntro": "Құпиясөзіңізді әкімші орнатқан. Жалғастырмас бұрын жаңасын таңдаңыз.",
  "auth.currentPassword": "Қазіргі құпиясөз",
  "auth.newPassword": "Жаңа құпиясөз",
  "auth.confirmPassword": "Құпиясөзді растау",
  "auth.passwordsDiffer": "Екі жаңа құпиясөз бірдей емес",
  "auth.currentWrong": "Қазіргі құпиясөз қате",
  "auth.changePassword": "Құпиясөзді өзгерту",
  "auth.saving": "Сақталуда…",
};
