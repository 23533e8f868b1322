// The dashboard languages spelled out rather than imported: auth.ts's schemas use these messages.
// validation-issues.ts reads this table as Record<TUiLocale, string>, so a new language fails there.
type Wording = Record<"kk" | "ru" | "en", string>;

/**
 * The contracts' own validation messages, by id. A schema passes the id as its zod message
 * (`.min(1, validationMessage("notice.changeNoteRequired"))`); whoever shows the issue words it
 * with `wordIssue`, the dashboard in the user's language, the server's English fallback in `en`.
 * `{placeholders}` are filled from the issue's parameters (`minimum`, `maximum`).
 */
export const VALIDATION_MESSAGES = {
  "reason.required": { en: "Say why", kk: "Себебін жазыңыз", ru: "Укажите причину" },
  "login.usernameRequired": {
    en: "Enter your username",
    kk: "Пайдаланушы атын енгізіңіз",
    ru: "Введите имя пользователя",
  },
  "login.passwordRequired": { en: "Enter your password", kk: "Құпиясөзді енгізіңіз", ru: "Введите пароль" },
  "password.tooShort": {
    en: "Use at least {minimum} characters",
    kk: "Кемінде {minimum} таңба қолданыңыз",
    ru: "Используйте не менее {minimum} символов",
  },
  "checklist.itemTextRequired": {
    en: "Write the checklist item",
    kk: "Тексеру тізімінің тармағын жазыңыз",
    ru: "Напишите пункт чек-листа",
  },
  "checklist.itemTextTooLong": {
    en: "A checklist item is at most {maximum} characters",
    kk: "Тексеру тізімінің тармағы {maximum} таңбадан аспайды",
    ru: "Пункт чек-листа — не длиннее {maximum} символов",
  },
  "checklist.tooManyItems": {
    en: "A checklist has at most {maximum} items",
    kk: "Тексеру тізімінде {maximum} тармақтан артық болмайды",
    ru: "В чек-листе не больше {maximum} пунктов",
  },
  "cluster.reasonRequired": {
    en: "Say why, in a few words",
    kk: "Себебін бірнеше сөзбен жазыңыз",
    ru: "Объясните причину в нескольких словах",
  },
  "search.queryRequired": {
    en: "Type something to search for",
    kk: "Іздеу үшін бірдеңе жазыңыз",
    ru: "Введите, что искать",
  },
  "archiveImport.contentEmpty": {
    en: "Nothing to import: the file is empty",
    kk: "Импорттайтын ештеңе жоқ: файл бос",
    ru: "Нечего импортировать: файл пуст",
  },
  "url.tooLong": {
    en: "A URL may be at most {maximum} characters",
    kk: "URL мекенжайы {maximum} таңбадан аспауы керек",
    ru: "URL-адрес — не длиннее {maximum} символов",
  },
  "ingest.contentEmpty": {
    en: "Nothing to ingest: the text is empty",
    kk: "Жүктейтін ештеңе жоқ: мәтін бос",
    ru: "Нечего загружать: текст пуст",
  },
  "source.nameRequired": { en: "Give the source a name", kk: "Дереккөзге ат беріңіз", ru: "Дайте источнику название" },
  "source.urlInvalid": {
    en: "Enter an http(s) URL of a feed or page",
    kk: "Арнаның не беттің http(s) мекенжайын енгізіңіз",
    ru: "Введите http(s)-адрес ленты или страницы",
  },
  "source.pollTooOften": {
    en: "Poll at most every {minimum} minutes",
    kk: "Дереккөзді {minimum} минуттан жиі тексермеңіз",
    ru: "Опрашивайте не чаще раза в {minimum} минут",
  },
  "metrics.rangeReversed": {
    en: "The range starts after it ends",
    kk: "Кезеңнің басы соңынан кейін тұр",
    ru: "Начало периода позже его конца",
  },
  "newsroom.nameRequired": {
    en: "Name the newsroom the token is for",
    kk: "Токен қай редакцияға берілетінін жазыңыз",
    ru: "Укажите редакцию, для которой токен",
  },
  "newsroom.revokeReasonRequired": {
    en: "Say why the token is revoked",
    kk: "Токеннің неге қайтарылатынын жазыңыз",
    ru: "Укажите, почему токен отзывается",
  },
  "webhook.urlInvalid": {
    en: "The webhook URL must be an absolute http(s) URL",
    kk: "Webhook мекенжайы толық http(s) URL болуы керек",
    ru: "Адрес вебхука должен быть полным http(s)-URL",
  },
  "notice.headlineRequired": {
    en: "A notice needs a headline",
    kk: "Хабарламаға тақырып керек",
    ru: "У заметки должен быть заголовок",
  },
  "notice.summaryRequired": {
    en: "A notice needs a summary",
    kk: "Хабарламаға қысқаша мазмұн керек",
    ru: "У заметки должно быть краткое содержание",
  },
  "notice.changeNoteRequired": {
    en: "Say what changed and why: a correction needs a change note",
    kk: "Не өзгергенін және неге екенін жазыңыз: түзетуге өзгеріс туралы жазба керек",
    ru: "Укажите, что изменилось и почему: исправлению нужна пометка об изменении",
  },
  "notifications.emailInvalid": {
    en: "Enter an e-mail address like name@example.kz",
    kk: "name@example.kz сияқты электрондық пошта мекенжайын енгізіңіз",
    ru: "Введите адрес электронной почты вида name@example.kz",
  },
  "smtp.hostInvalid": {
    en: "The SMTP host is a name like smtp.example.kz or an address",
    kk: "SMTP хосты — smtp.example.kz сияқты атау немесе мекенжай",
    ru: "SMTP-хост — это имя вида smtp.example.kz или адрес",
  },
  "smtp.portOutOfRange": {
    en: "The SMTP port is between 1 and 65535",
    kk: "SMTP порты 1 мен 65535 аралығында болады",
    ru: "SMTP-порт — от 1 до 65535",
  },
  "smtp.senderInvalid": {
    en: "The sender address must be an e-mail address like desk@example.kz",
    kk: "Жіберушінің мекенжайы desk@example.kz сияқты электрондық пошта болуы керек",
    ru: "Адрес отправителя должен быть адресом почты вида desk@example.kz",
  },
  "evidence.urlInvalid": {
    en: "Evidence must be an absolute http(s) link",
    kk: "Дәлел толық http(s) сілтеме болуы керек",
    ru: "Доказательство должно быть полной http(s)-ссылкой",
  },
  "verdict.rationaleRequired": {
    en: "A verdict needs a rationale",
    kk: "Шешімге негіздеме керек",
    ru: "Вердикту нужно обоснование",
  },
  "verdict.evidenceRequired": {
    en: "A verdict needs at least one evidence link",
    kk: "Шешімге кемінде бір дәлел сілтемесі керек",
    ru: "Вердикту нужна хотя бы одна ссылка-доказательство",
  },
  "review.changesRequired": {
    en: "Say what has to change",
    kk: "Нені өзгерту керегін жазыңыз",
    ru: "Укажите, что нужно изменить",
  },
  "tag.nameRequired": { en: "Name the tag", kk: "Тегке ат беріңіз", ru: "Дайте тегу название" },
  "tag.nameTooLong": {
    en: "A tag name is at most {maximum} characters",
    kk: "Тег атауы {maximum} таңбадан аспайды",
    ru: "Название тега — не длиннее {maximum} символов",
  },
  "tag.colourInvalid": {
    en: "A colour is written #rrggbb",
    kk: "Түс #rrggbb түрінде жазылады",
    ru: "Цвет записывается как #rrggbb",
  },
  "verdictLabel.wordingRequired": {
    en: "Word the label in every language",
    kk: "Белгіні әр тілде жазыңыз",
    ru: "Сформулируйте метку на каждом языке",
  },
  "verdictLabel.wordingTooLong": {
    en: "A label is at most {maximum} characters",
    kk: "Белгі {maximum} таңбадан аспайды",
    ru: "Метка — не длиннее {maximum} символов",
  },
  "verdictLabel.ratingRange": {
    en: "The rating is a whole number from 1 (false) to 5 (true)",
    kk: "Баға 1-ден (жалған) 5-ке (рас) дейінгі бүтін сан",
    ru: "Оценка — целое число от 1 (ложь) до 5 (правда)",
  },
  "tipline.botTokenInvalid": {
    en: "A bot token looks like 123456789:AA… (from BotFather)",
    kk: "Бот токені 123456789:AA… сияқты болады (BotFather береді)",
    ru: "Токен бота выглядит как 123456789:AA… (выдаёт BotFather)",
  },
  "tipline.apiUrlInvalid": {
    en: "The Bot API address must be an http(s) URL",
    kk: "Bot API мекенжайы http(s) URL болуы керек",
    ru: "Адрес Bot API должен быть http(s)-URL",
  },
  "tip.linkInvalid": {
    en: "The link must be an http(s) URL",
    kk: "Сілтеме http(s) URL болуы керек",
    ru: "Ссылка должна быть http(s)-URL",
  },
  "tip.textOrLinkRequired": {
    en: "Write what you saw or paste a link",
    kk: "Не көргеніңізді жазыңыз немесе сілтеме қойыңыз",
    ru: "Опишите, что вы увидели, или вставьте ссылку",
  },
  "user.usernameCharacters": {
    en: "Use lower-case letters, digits, dot, dash or underscore",
    kk: "Кіші әріптер, цифрлар, нүкте, сызықша немесе астыңғы сызық қолданыңыз",
    ru: "Используйте строчные буквы, цифры, точку, дефис или подчёркивание",
  },
  "user.roleChangeReasonRequired": {
    en: "Say why the role changes",
    kk: "Рөлдің неге өзгеретінін жазыңыз",
    ru: "Укажите, почему меняется роль",
  },
  "claim.priorityOutOfRange": {
    en: "Priority is 1 (urgent) to 4 (low)",
    kk: "Басымдық 1-ден (шұғыл) 4-ке (төмен) дейін",
    ru: "Приоритет — от 1 (срочно) до 4 (низкий)",
  },
  "claim.closeNoteRequired": {
    en: "Say why the claim is closed",
    kk: "Мәлімдеменің неге жабылатынын жазыңыз",
    ru: "Укажите, почему утверждение закрывается",
  },
  "claim.reopenReasonRequired": {
    en: "Say why the claim is reopened",
    kk: "Мәлімдеменің неге қайта ашылатынын жазыңыз",
    ru: "Укажите, почему утверждение открывается заново",
  },
  "claims.closeNoteRequired": {
    en: "Say why the claims are closed",
    kk: "Мәлімдемелердің неге жабылатынын жазыңыз",
    ru: "Укажите, почему утверждения закрываются",
  },
  "claims.selectionRequired": {
    en: "Select at least one claim",
    kk: "Кемінде бір мәлімдемені таңдаңыз",
    ru: "Выберите хотя бы одно утверждение",
  },
  "comment.bodyRequired": { en: "Write a comment", kk: "Пікір жазыңыз", ru: "Напишите комментарий" },
  "table.pageTooFar": {
    en: "Page numbers go up to {maximum}; narrow the filters instead",
    kk: "Бет нөмірі {maximum} дейін ғана; оның орнына сүзгілерді тарылтыңыз",
    ru: "Номера страниц — не больше {maximum}; лучше сузьте фильтры",
  },
  "queueView.nameRequired": { en: "Name the view", kk: "Көрініске ат беріңіз", ru: "Дайте виду название" },
} as const satisfies Record<string, Wording>;
export type TValidationMessageId = keyof typeof VALIDATION_MESSAGES;

/** The zod message of a contract check: the id, worded later in the reader's language. */
export function validationMessage(id: TValidationMessageId): TValidationMessageId {
  return id;
}

export function isValidationMessageId(value: unknown): value is TValidationMessageId {
  return typeof value === "string" && Object.hasOwn(VALIDATION_MESSAGES, value);
}
