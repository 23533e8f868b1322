import type { account as english } from "../en/account.ts";
import type { Translation } from "../translation.ts";

export const account: Translation<typeof english> = {
  "account.title": "Мой профиль",
  "account.passwordTitle": "Смена пароля",
  "account.passwordIntro": "Введите текущий пароль и новый. Другие ваши сеансы будут завершены.",
  "account.passwordChanged": "Пароль изменён.",
  "account.sessionsTitle": "Активные сеансы",
  "account.sessionStarted": "Вход",
  "account.sessionLastSeen": "Последняя активность",
  "account.sessionEnds": "Истекает",
  "account.thisSession": "Этот сеанс",
  "account.endSession": "Завершить сеанс",
  "totp.title": "Двухфакторный вход",
  "totp.code": "Код из приложения",
  "totp.codeHint": "Введите 6-значный код из приложения-аутентификатора или резервный код.",
  "totp.start": "Настроить двухфакторный вход",
  "totp.scan": "Отсканируйте QR-код приложением-аутентификатором и введите показанный код.",
  "totp.qrAlt": "QR-код для приложения-аутентификатора",
  "totp.secretLabel": "Или введите ключ:",
  "totp.confirm": "Включить",
  "totp.enabled": "Двухфакторный вход включён.",
  "totp.recoveryIntro":
    "Резервные коды: каждый заменяет код один раз, если вы потеряете телефон. Сохраните их сейчас: больше они не покажутся.",
  "totp.savedCodes": "Я сохранил(а) коды",
  "totp.onWithCodes": "Двухфакторный вход включён. Осталось резервных кодов: {count}.",
  "totp.off": "Двухфакторный вход выключен.",
  "totp.disable": "Выключить двухфакторный вход",
  "totp.requiredTitle": "Настройте двухфакторный вход",
  "totp.requiredIntro": "Ваша команда требует второй фактор для вашей роли. Настройте его, чтобы продолжить.",
  "verifyEmail.title": "Подтверждение адреса электронной почты",
  "verifyEmail.intro":
    "Подтвердите, что это ваш почтовый ящик, чтобы на него можно было отправлять уведомления Tekser.",
  "verifyEmail.confirm": "Подтвердить адрес",
  "verifyEmail.done": "Подтверждено: уведомления, которые вы выбрали, будут приходить на {email}.",
  "verifyEmail.noToken":
    "Ссылка неполная. Откройте её ещё раз из письма или отправьте новую со страницы «Мой аккаунт».",
  "verifyEmail.toTekser": "Перейти в Tekser",
};
