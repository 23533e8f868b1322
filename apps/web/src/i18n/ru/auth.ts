import type { auth as english } from "../en/auth.ts";
import type { Translation } from "../translation.ts";

export const auth: Translation<typeof english> = {
  "auth.signedInAs": "Вы вошли как",
  "auth.logout": "Выйти",
  "auth.loginTitle": "Вход в Tekser",
  "auth.loginIntro": "Отслеживание утверждений для команд фактчекеров.",
  "auth.username": "Имя пользователя",
  "auth.password": "Пароль",
  "auth.login": "Войти",
  "auth.loggingIn": "Вход…",
  "auth.invalidCredentials": "Неверное имя пользователя или пароль",
  "auth.changeTitle": "Смена пароля",
  "auth.changeIntro": "Ваш пароль задал администратор. Прежде чем продолжить, выберите новый.",
  "auth.currentPassword": "Текущий пароль",
  "auth.newPassword": "Новый пароль",
  "auth.confirmPassword": "Подтвердите пароль",
  "auth.passwordsDiffer": "Новые пароли не совпадают",
  "auth.currentWrong": "Текущий пароль неверен",
  "auth.changePassword": "Сменить пароль",
  "auth.saving": "Сохранение…",
};
