import type { notifications as english } from "../en/notifications.ts";
import type { Translation } from "../translation.ts";

export const notifications: Translation<typeof english> = {
  "notifications.title": "Хабарландырулар",
  "notifications.bell": "Хабарландырулар: {count} оқылмаған",
  "notifications.none": "Әзірге хабарландыру жоқ.",
  "notifications.markRead": "Оқылды деп белгілеу",
  "notifications.markAllRead": "Барлығын оқылды деп белгілеу",
  "notifications.prefsTitle": "Электрондық пошта мен Telegram арқылы хабарландырулар",
  "notifications.prefsIntro": "Қоңырауша барлық хабарландыруды көрсетеді. Қайсысы басқа жолмен де келетінін таңдаңыз.",
  "notifications.emailUnavailable":
    "Редакция электрондық поштаны әлі баптаған жоқ: әкімші SMTP серверін «Баптаулар» бетінде енгізеді.",
  "notifications.email": "Электрондық пошта мекенжайы",
  "notifications.kindColumn": "Хабарландыру",
  "notifications.byEmail": "Эл. пошта",
  "notifications.byTelegram": "Telegram",
  "notifications.save": "Таңдауды сақтау",
  "notifications.saved": "Сақталды.",
  "notifications.emailVerified": "Расталған: таңдаған хабарландыруларыңыз осы мекенжайға келеді.",
  "notifications.emailUnverified": "Расталмаған: біз жіберетін сілтемені ашқанша бұл мекенжайға хат жіберілмейді.",
  "notifications.verificationSent": "Растау сілтемесі {when} жіберілді; ол 24 сағат ішінде бір рет жұмыс істейді.",
  "notifications.sendVerification": "Растау сілтемесін жіберу",
  "notifications.verificationResent": "Сілтеме жіберілді. Оны пошта жәшігіңізден ашыңыз.",
  "notifications.kind.assigned": "Маған мәлімдеме тапсырылды",
  "notifications.kind.mentioned": "Мені пікірде атады",
  "notifications.kind.secondReviewWaiting": "Шешім екінші тексеруімді күтуде",
  "notifications.kind.verdictReturned": "Шешімім қайтарылды",
  "notifications.kind.sourceFailing": "Дереккөз қайта-қайта оқылмайды",
  "notifications.kind.fakeResurfaced": "Фейк қайта таралуда",
  "notifications.telegramUnavailable":
    "Редакцияда әлі Telegram боты жоқ: әкімші оның токенін «Баптаулар» бетінде енгізеді.",
  "notifications.telegramLinked": "Telegram чатыңыз байланыстырылған.",
  "notifications.telegramNotLinked": "Telegram чаты байланыстырылмаған.",
  "notifications.telegramSendCode": "Мына хабарды редакцияның Telegram ботына {until} дейін жіберіңіз:",
  "notifications.telegramLink": "Telegram-ды байланыстыру",
  "notifications.telegramRelink": "Басқа чатты байланыстыру",
  "notifications.telegramUnlink": "Telegram-ды ажырату",
};
