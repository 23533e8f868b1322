import type { TUiLocale } from "./auth.ts";

/** What kind of record an audit event is about; `subjectId` identifies one of them. */
export const AUDIT_SUBJECT_TYPES = [
  "claim",
  "notice",
  "rawDocument",
  "item",
  "ingestRun",
  "archive",
  "source",
  "team",
  "queueView",
  "tag",
  "verdictLabel",
  "user",
  "login",
  "api_token",
  "webhook",
  "signing_key",
  "audit_checkpoint",
  "audit_log",
  "tipline",
  "tipSender",
  "notification",
  "mail",
] as const;
export type TAuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

interface AuditActionDefinition {
  subject: TAuditSubjectType;
  /** What happened, as the audit screens say it. */
  label: Record<TUiLocale, string>;
  /** The change can alter what public pages show (notices, their signatures, archived sources). */
  public?: true;
}

/** Where in the pipeline each action happens, as the audit screens group them. */
export const AUDIT_STAGES = [
  "ingest",
  "claims",
  "review",
  "publish",
  "audit",
  "accounts",
  "notifications",
  "tipline",
] as const;
export type TAuditStage = (typeof AUDIT_STAGES)[number];

export const AUDIT_STAGE_LABELS: Record<TAuditStage, Record<TUiLocale, string>> = {
  ingest: { en: "Ingest and sources", kk: "Жүктеу және дереккөздер", ru: "Загрузка и источники" },
  claims: { en: "Claims and copies", kk: "Мәлімдемелер мен көшірмелер", ru: "Утверждения и копии" },
  review: { en: "Review", kk: "Тексеру", ru: "Проверка" },
  publish: { en: "Publishing", kk: "Жариялау", ru: "Публикация" },
  audit: { en: "Decision log", kk: "Аудит журналы", ru: "Журнал решений" },
  accounts: { en: "Accounts and sign-in", kk: "Тіркелгілер және кіру", ru: "Учётные записи и вход" },
  notifications: { en: "Notifications", kk: "Хабарландырулар", ru: "Уведомления" },
  tipline: { en: "Tips from the public", kk: "Жұртшылықтың хабарлары", ru: "Обращения читателей" },
};

/**
 * Every action the decision log records, by stage, with the kind of record it is about and its
 * wording. Stored events keep the action code as written (it is part of each event's hash), so a
 * code, once used, is never renamed; a new kind of change adds a line here.
 */
const AUDIT_ACTIONS_BY_STAGE = {
  ingest: {
    "ingest.run": { subject: "ingestRun", label: { en: "Ingest run", kk: "Жүктеу", ru: "Загрузка" } },
    "ingest.interrupted": {
      subject: "ingestRun",
      label: { en: "Ingest run interrupted", kk: "Жүктеу үзілді", ru: "Загрузка прервана" },
    },
    "ingest.document": {
      subject: "rawDocument",
      label: { en: "Document stored", kk: "Құжат сақталды", ru: "Документ сохранён" },
    },
    "media.text_read": {
      subject: "item",
      label: { en: "Text read in an image", kk: "Суреттегі мәтін оқылды", ru: "Прочитан текст на изображении" },
    },
    "archive.import.preview": {
      subject: "archive",
      label: {
        en: "Archive import previewed",
        kk: "Мұрағат импорты алдын ала қаралды",
        ru: "Предпросмотр импорта архива",
      },
    },
    "archive.import": {
      subject: "ingestRun",
      label: { en: "Archive imported", kk: "Мұрағат импортталды", ru: "Архив импортирован" },
    },
    "archive.import.record": {
      subject: "claim",
      label: { en: "Fact-check imported", kk: "Тексеру импортталды", ru: "Проверка импортирована" },
    },
    "source.add": { subject: "source", label: { en: "Source added", kk: "Дереккөз қосылды", ru: "Источник добавлен" } },
    "source.edit": {
      subject: "source",
      label: { en: "Source edited", kk: "Дереккөз өзгертілді", ru: "Источник изменён" },
    },
    "source.enable": {
      subject: "source",
      label: { en: "Source enabled", kk: "Дереккөз іске қосылды", ru: "Источник включён" },
    },
    "source.disable": {
      subject: "source",
      label: { en: "Source disabled", kk: "Дереккөз өшірілді", ru: "Источник отключён" },
    },
  },
  claims: {
    "claim.resurfaced": {
      subject: "claim",
      label: {
        en: "Judged claim seen again",
        kk: "Тексерілген мәлімдеме қайта шықты",
        ru: "Проверенное утверждение всплыло снова",
      },
    },
    "claim.reclustered": {
      subject: "claim",
      label: { en: "Copies regrouped", kk: "Көшірмелер қайта топталды", ru: "Копии перегруппированы" },
    },
    "claim.merge": {
      subject: "claim",
      label: { en: "Claims merged", kk: "Мәлімдемелер біріктірілді", ru: "Утверждения объединены" },
    },
    "claim.split": {
      subject: "claim",
      label: { en: "Items split off", kk: "Жазбалар бөлінді", ru: "Записи отделены" },
    },
  },
  review: {
    "claim.assign": { subject: "claim", label: { en: "Assigned", kk: "Тағайындалды", ru: "Назначено" } },
    "claim.unassign": {
      subject: "claim",
      label: { en: "Unassigned", kk: "Тағайындау алынды", ru: "Назначение снято" },
    },
    "claim.lock": { subject: "claim", label: { en: "Work started", kk: "Жұмыс басталды", ru: "Работа начата" } },
    "claim.lockRenew": {
      subject: "claim",
      label: { en: "Work continued", kk: "Жұмыс жалғасты", ru: "Работа продолжена" },
    },
    "claim.lockTakeOver": {
      subject: "claim",
      label: { en: "Work taken over", kk: "Жұмыс қабылданып алынды", ru: "Работа перехвачена" },
    },
    "claim.unlock": {
      subject: "claim",
      label: { en: "Work stopped", kk: "Жұмыс тоқтатылды", ru: "Работа остановлена" },
    },
    "claim.setPriority": {
      subject: "claim",
      label: { en: "Priority set", kk: "Басымдық белгіленді", ru: "Приоритет изменён" },
    },
    "claim.close": { subject: "claim", label: { en: "Closed", kk: "Жабылды", ru: "Закрыто" } },
    "claim.reopen": { subject: "claim", label: { en: "Reopened", kk: "Қайта ашылды", ru: "Открыто снова" } },
    "comment.add": { subject: "claim", label: { en: "Comment", kk: "Пікір", ru: "Комментарий" } },
    "queueView.save": {
      subject: "queueView",
      label: { en: "Queue view saved", kk: "Кезек көрінісі сақталды", ru: "Вид очереди сохранён" },
    },
    "queueView.delete": {
      subject: "queueView",
      label: { en: "Queue view deleted", kk: "Кезек көрінісі жойылды", ru: "Вид очереди удалён" },
    },
    "review.submit": {
      subject: "claim",
      label: { en: "Verdict submitted", kk: "Қорытынды жіберілді", ru: "Вердикт отправлен" },
    },
    "review.approve": {
      subject: "claim",
      label: { en: "Verdict approved", kk: "Қорытынды мақұлданды", ru: "Вердикт одобрен" },
    },
    "review.return": {
      subject: "claim",
      label: { en: "Verdict sent back", kk: "Қорытынды қайтарылды", ru: "Вердикт возвращён" },
    },
    "claim.tag": { subject: "claim", label: { en: "Tagged", kk: "Тег қойылды", ru: "Добавлен тег" } },
    "claim.untag": { subject: "claim", label: { en: "Tag removed", kk: "Тег алынды", ru: "Тег снят" } },
    "tag.define": { subject: "tag", label: { en: "Tag defined", kk: "Тег анықталды", ru: "Тег создан" } },
    "tag.update": { subject: "tag", label: { en: "Tag changed", kk: "Тег өзгертілді", ru: "Тег изменён" } },
    "tag.delete": { subject: "tag", label: { en: "Tag deleted", kk: "Тег жойылды", ru: "Тег удалён" } },
    "verdictLabel.define": {
      subject: "verdictLabel",
      label: { en: "Verdict label added", kk: "Қорытынды белгісі қосылды", ru: "Метка вердикта добавлена" },
    },
    "verdictLabel.update": {
      subject: "verdictLabel",
      label: { en: "Verdict label changed", kk: "Қорытынды белгісі өзгертілді", ru: "Метка вердикта изменена" },
    },
    "verdictLabel.reorder": {
      subject: "team",
      label: {
        en: "Verdict scale reordered",
        kk: "Қорытынды шкаласының реті өзгерді",
        ru: "Порядок шкалы вердиктов изменён",
      },
    },
    "verdictLabel.retire": {
      subject: "verdictLabel",
      label: {
        en: "Verdict label retired",
        kk: "Қорытынды белгісі қолданыстан шықты",
        ru: "Метка вердикта выведена из употребления",
      },
    },
    "verdictLabel.restore": {
      subject: "verdictLabel",
      label: { en: "Verdict label restored", kk: "Қорытынды белгісі қайтарылды", ru: "Метка вердикта возвращена" },
    },
    "verdictLabel.delete": {
      subject: "verdictLabel",
      label: { en: "Verdict label deleted", kk: "Қорытынды белгісі жойылды", ru: "Метка вердикта удалена" },
    },
    "checklist.update": {
      subject: "team",
      label: { en: "Review checklist changed", kk: "Тексеру тізімі өзгертілді", ru: "Чек-лист проверки изменён" },
    },
    "settings.update": {
      subject: "team",
      label: { en: "Team settings changed", kk: "Команда баптаулары өзгерді", ru: "Настройки команды изменены" },
    },
  },
  publish: {
    "notice.publish": {
      subject: "notice",
      label: { en: "Notice published", kk: "Хабарлама жарияланды", ru: "Заметка опубликована" },
      public: true,
    },
    "notice.correct": {
      subject: "notice",
      label: { en: "Notice corrected", kk: "Хабарлама түзетілді", ru: "Заметка исправлена" },
      public: true,
    },
    "notice.retract": {
      subject: "notice",
      label: { en: "Notice retracted", kk: "Хабарлама кері алынды", ru: "Заметка отозвана" },
      public: true,
    },
    "claim.source_archived": {
      subject: "claim",
      label: {
        en: "Cited source archived",
        kk: "Сілтеме жасалған дереккөз мұрағатталды",
        ru: "Цитируемый источник заархивирован",
      },
      public: true,
    },
    "notice.sign_earlier_versions": {
      subject: "signing_key",
      label: { en: "Earlier versions signed", kk: "Бұрынғы нұсқаларға қол қойылды", ru: "Прежние версии подписаны" },
      public: true,
    },
    "signing_key.created": {
      subject: "signing_key",
      label: { en: "Signing key created", kk: "Қол қою кілті жасалды", ru: "Ключ подписи создан" },
      public: true,
    },
    "signing_key.registered": {
      subject: "signing_key",
      label: { en: "Signing key registered", kk: "Қол қою кілті тіркелді", ru: "Ключ подписи зарегистрирован" },
      public: true,
    },
    "api_token.issue": {
      subject: "api_token",
      label: { en: "API token issued", kk: "API токені берілді", ru: "API-токен выдан" },
    },
    "api_token.revoke": {
      subject: "api_token",
      label: { en: "API token revoked", kk: "API токені кері алынды", ru: "API-токен отозван" },
    },
    "webhook.register": {
      subject: "webhook",
      label: { en: "Webhook registered", kk: "Вебхук тіркелді", ru: "Вебхук зарегистрирован" },
    },
    "webhook.deactivate": {
      subject: "webhook",
      label: { en: "Webhook deactivated", kk: "Вебхук өшірілді", ru: "Вебхук отключён" },
    },
  },
  audit: {
    "audit.checkpoint": {
      subject: "audit_checkpoint",
      label: {
        en: "Log checkpoint signed",
        kk: "Журнал нүктесіне қол қойылды",
        ru: "Контрольная точка журнала подписана",
      },
    },
    "audit.export": {
      subject: "audit_log",
      label: { en: "Log exported", kk: "Журнал экспортталды", ru: "Журнал выгружен" },
    },
  },
  accounts: {
    "auth.login": { subject: "user", label: { en: "Logged in", kk: "Жүйеге кірді", ru: "Вход" } },
    "auth.loginFailed": { subject: "user", label: { en: "Failed login", kk: "Сәтсіз кіру", ru: "Неудачный вход" } },
    "auth.loginFailedUnknownUser": {
      subject: "login",
      label: {
        en: "Failed login, unknown user",
        kk: "Белгісіз пайдаланушының сәтсіз кіруі",
        ru: "Неудачный вход неизвестного пользователя",
      },
    },
    "auth.logout": { subject: "user", label: { en: "Logged out", kk: "Жүйеден шықты", ru: "Выход" } },
    "auth.endSession": { subject: "user", label: { en: "Session ended", kk: "Сеанс аяқталды", ru: "Сеанс завершён" } },
    "auth.changePassword": {
      subject: "user",
      label: { en: "Own password changed", kk: "Өз құпиясөзі өзгертілді", ru: "Свой пароль изменён" },
    },
    "auth.setLocale": { subject: "user", label: { en: "Language chosen", kk: "Тіл таңдалды", ru: "Выбран язык" } },
    "auth.totpStart": {
      subject: "user",
      label: { en: "Two-factor enrolment started", kk: "Екі факторлы кіру басталды", ru: "Начато подключение 2FA" },
    },
    "auth.totpEnrol": {
      subject: "user",
      label: { en: "Two-factor enabled", kk: "Екі факторлы кіру қосылды", ru: "2FA включена" },
    },
    "auth.totpDisable": {
      subject: "user",
      label: { en: "Two-factor disabled", kk: "Екі факторлы кіру өшірілді", ru: "2FA отключена" },
    },
    "user.create": {
      subject: "user",
      label: { en: "Account created", kk: "Тіркелгі жасалды", ru: "Учётная запись создана" },
    },
    "user.setRole": { subject: "user", label: { en: "Role changed", kk: "Рөл өзгертілді", ru: "Роль изменена" } },
    "user.resetPassword": {
      subject: "user",
      label: { en: "Password reset", kk: "Құпиясөз қалпына келтірілді", ru: "Пароль сброшен" },
    },
    "user.resetTotp": {
      subject: "user",
      label: { en: "Two-factor reset", kk: "Екі факторлы кіру қалпына келтірілді", ru: "2FA сброшена" },
    },
    "user.deactivate": {
      subject: "user",
      label: { en: "Account deactivated", kk: "Тіркелгі өшірілді", ru: "Учётная запись отключена" },
    },
    "user.reactivate": {
      subject: "user",
      label: { en: "Account reactivated", kk: "Тіркелгі қайта қосылды", ru: "Учётная запись включена снова" },
    },
  },
  notifications: {
    "notification.read": {
      subject: "notification",
      label: { en: "Notification read", kk: "Хабарландыру оқылды", ru: "Уведомление прочитано" },
    },
    "notification.readAll": {
      subject: "notification",
      label: { en: "All notifications read", kk: "Барлық хабарландыру оқылды", ru: "Все уведомления прочитаны" },
    },
    "notification.preferences": {
      subject: "notification",
      label: {
        en: "Notification choices changed",
        kk: "Хабарландыру баптаулары өзгерді",
        ru: "Настройки уведомлений изменены",
      },
    },
    "notification.emailVerificationSent": {
      subject: "notification",
      label: {
        en: "E-mail verification link sent",
        kk: "Электрондық поштаны растау сілтемесі жіберілді",
        ru: "Отправлена ссылка для подтверждения почты",
      },
    },
    "notification.emailSet": {
      subject: "notification",
      label: {
        en: "E-mail address set by an admin",
        kk: "Электрондық пошта мекенжайын әкімші енгізді",
        ru: "Адрес электронной почты задан администратором",
      },
    },
    "notification.emailVerified": {
      subject: "notification",
      label: {
        en: "E-mail address verified",
        kk: "Электрондық пошта мекенжайы расталды",
        ru: "Адрес электронной почты подтверждён",
      },
    },
    "notification.telegramCode": {
      subject: "notification",
      label: {
        en: "Telegram link code issued",
        kk: "Telegram байланыстыру коды берілді",
        ru: "Выдан код привязки Telegram",
      },
    },
    "notification.telegramLinked": {
      subject: "notification",
      label: { en: "Telegram chat linked", kk: "Telegram чаты байланыстырылды", ru: "Чат Telegram привязан" },
    },
    "notification.telegramUnlink": {
      subject: "notification",
      label: { en: "Telegram chat unlinked", kk: "Telegram чаты ажыратылды", ru: "Чат Telegram отвязан" },
    },
    "mail.settings": {
      subject: "mail",
      label: {
        en: "E-mail server settings changed",
        kk: "Пошта сервері баптаулары өзгерді",
        ru: "Настройки почтового сервера изменены",
      },
    },
  },
  tipline: {
    "tipline.settings": {
      subject: "tipline",
      label: {
        en: "Tipline settings changed",
        kk: "Хабар қабылдау баптаулары өзгерді",
        ru: "Настройки приёма обращений изменены",
      },
    },
    "tipline.sender.erase": {
      subject: "tipSender",
      label: { en: "Sender's contact erased", kk: "Жіберушінің байланысы өшірілді", ru: "Контакт отправителя удалён" },
    },
  },
} as const satisfies Record<TAuditStage, Record<string, AuditActionDefinition>>;

type ActionsByStage = typeof AUDIT_ACTIONS_BY_STAGE;
type AllActions = { [S in TAuditStage]: ActionsByStage[S] }[TAuditStage];
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

export const AUDIT_ACTIONS = /* @__PURE__ */ Object.assign(
  {},
  ...Object.values(AUDIT_ACTIONS_BY_STAGE),
) as UnionToIntersection<AllActions>;

export type TAuditAction = keyof typeof AUDIT_ACTIONS;
/** The kind of record each action is about. */
export type TAuditSubjectOf<A extends TAuditAction> = (typeof AUDIT_ACTIONS)[A]["subject"];

/** The action codes of one stage, in the order above. */
export function auditActionsOfStage(stage: TAuditStage): TAuditAction[] {
  return Object.keys(AUDIT_ACTIONS_BY_STAGE[stage]) as TAuditAction[];
}

export function isAuditStage(value: string): value is TAuditStage {
  return (AUDIT_STAGES as readonly string[]).includes(value);
}

export function isAuditAction(action: string): action is TAuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** Whether an announced action can alter what public pages show (see `public` above). */
export function altersPublicPages(action: string): boolean {
  return isAuditAction(action) && (AUDIT_ACTIONS[action] as AuditActionDefinition).public === true;
}

/** An action's wording in `locale`; a code no longer written (older events) reads as itself. */
export function auditActionLabel(action: string, locale: TUiLocale): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].label[locale] : action;
}
