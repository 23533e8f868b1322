import type { notifications as english } from "../en/notifications.ts";
import type { Translation } from "../translation.ts";

export const notifications: Translation<typeof english> = {
  "notifications.title": "Уведомления",
  "notifications.bell": "Уведомления: непрочитанных {count}",
  "notifications.none": "Уведомлений пока нет.",
  "notifications.markRead": "Отметить прочитанным",
  "notifications.markAllRead": "Отметить все прочитанными",
  "notifications.prefsTitle": "Уведомления по почте и в Telegram",
  "notifications.prefsIntro": "Колокольчик показывает все уведомления. Выберите, какие ещё приходят вам другим путём.",
  "notifications.emailUnavailable":
    "Редакция ещё не настроила почту: администратор вводит SMTP-сервер на странице «Настройки».",
  "notifications.email": "Адрес электронной почты",
  "notifications.kindColumn": "Уведомление",
  "notifications.byEmail": "Почта",
  "notifications.byTelegram": "Telegram",
  "notifications.save": "Сохранить выбор",
  "notifications.saved": "Сохранено.",
  "notifications.emailVerified": "Подтверждён: выбранные уведомления приходят на этот адрес.",
  "notifications.emailUnverified":
    "Не подтверждён: письма на этот адрес не отправляются, пока вы не откроете ссылку, которую мы на него пришлём.",
  "notifications.verificationSent":
    "Ссылка для подтверждения отправлена {when}; она работает один раз в течение 24 часов.",
  "notifications.sendVerification": "Отправить ссылку для подтверждения",
  "notifications.verificationResent": "Ссылка отправлена. Откройте её из почтового ящика.",
  "notifications.kind.assigned": "Мне назначено утверждение",
  "notifications.kind.mentioned": "Меня упомянули в комментарии",
  "notifications.kind.secondReviewWaiting": "Вердикт ждёт моей второй проверки",
  "notifications.kind.verdictReturned": "Мой вердикт вернули",
  "notifications.kind.sourceFailing": "Источник раз за разом не читается",
  "notifications.kind.fakeResurfaced": "Фейк снова распространяется",
  "notifications.telegramUnavailable":
    "У редакции ещё нет Telegram-бота: администратор вводит его токен на странице «Настройки».",
  "notifications.telegramLinked": "Ваш чат в Telegram привязан.",
  "notifications.telegramNotLinked": "Чат в Telegram не привязан.",
  "notifications.telegramSendCode": "Отправьте это сообщение Telegram-боту редакции до {until}:",
  "notifications.telegramLink": "Привязать Telegram",
  "notifications.telegramRelink": "Привязать другой чат",
  "notifications.telegramUnlink": "Отвязать Telegram",
};
