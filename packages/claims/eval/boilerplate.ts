/**
 * What copies carry besides the copied text, per language, written from the shapes on
 * Kazakhstan's aggregator pages (see the Qazaq24.com fixture) and Telegram channels: site
 * menus, attribution lines, view counters, "read also" and "subscribe" lines, and the one-line
 * comments channels put above a repost. Hand-written; the generator only picks among them.
 */
export type Lang = "kk" | "ru";

export interface Aggregator {
  site: string;
  name: string;
}

/** Aggregators that republish other outlets' stories with their own boilerplate. */
export const AGGREGATORS: Record<Lang, Aggregator[]> = {
  kk: [
    { site: "qazaq24.com", name: "Qazaq24.com" },
    { site: "kazakh-zerno.kz", name: "Kazakh Zerno" },
    { site: "jana-habar.kz", name: "Жаңа хабар" },
    { site: "aqparat-aly.kz", name: "Ақпарат алаңы" },
  ],
  ru: [
    { site: "qazaq24.com", name: "Qazaq24.com" },
    { site: "news-kaz.kz", name: "Новости Казахстана" },
    { site: "kaz-inform24.kz", name: "КазИнформ24" },
    { site: "lenta-kz.com", name: "Лента KZ" },
  ],
};

/** Sites that republish a story word for word, with no attribution line. */
export const REPUBLISHERS: Record<Lang, string[]> = {
  kk: ["massaget.kz", "baq.kz", "qamshy.kz", "alashainasy.kz"],
  ru: ["kazpravda.kz", "time.kz", "lsm.kz", "kazakh-tv.kz"],
};

export function attributionLine(lang: Lang, outlet: string, aggregator: Aggregator): string {
  const capitalised = outlet.replace(/^\w/, (c) => c.toUpperCase());
  return lang === "kk"
    ? `${capitalised} парақшасындағы деректерге сәйкес, ${aggregator.name} ақпарат таратты..`
    : `По данным сайта ${capitalised}, ${aggregator.name} распространил информацию..`;
}

/** Lines an aggregator page shows after the copied text. */
export function footerLines(lang: Lang, outlet: string, aggregator: Aggregator, views: number): string[] {
  return lang === "kk"
    ? [
        `Жағдайды бақылауды жалғастырыңыз, ${aggregator.name} әрқашан ең жаңа жаңалықтарды ұсынады.`,
        `Көрілімдер: ${views}`,
        `Дереккөз: https://${outlet}`,
        "Telegram арнамызға жазылыңыз!",
      ]
    : [
        `Следите за развитием событий, ${aggregator.name} всегда предлагает самые свежие новости.`,
        `Просмотры: ${views}`,
        `Источник: https://${outlet}`,
        "Подписывайтесь на наш Telegram-канал!",
      ];
}

/** "Read also" lines put between paragraphs, naming the aggregator's other stories. */
export const READ_ALSO: Record<Lang, string[]> = {
  kk: [
    "Оқи отырыңыз: Астанада көлік салығын төлемеген жүргізушілерге ескерту жасалды",
    "Оқи отырыңыз: Қазақстанда қашан күн жылынады?",
    "Оқи отырыңыз: Ипотекамен үй алатындар үшін нотариус ақысы 3 есе арзандады",
    "Сондай-ақ оқыңыз: Елімізге көшіп келетіндер көбіне қай өңірге қоныстанады?",
  ],
  ru: [
    "Читайте также: Когда у школьников начнутся весенние каникулы",
    "Читайте также: В Мангистау продолжается реконструкция водопровода",
    "Читайте также: Курс тенге: сколько стоят доллар и евро",
    "Читайте также: Футбол: «Кайрат» начал сезон с победы",
  ],
};

/** The site menu above every aggregator page. */
export const SITE_MENU: Record<Lang, string[]> = {
  kk: ["Басты бет", "Жаңалықтар", "Саясат", "Қоғам", "Экономика", "Спорт", "Әлем"],
  ru: ["Главная", "Новости", "Политика", "Общество", "Экономика", "Спорт", "В мире"],
};

export const RIGHTS_LINE: Record<Lang, (name: string) => string> = {
  kk: (name) => `© ${name}, 2026. Материалдарды көшіріп басқанда сілтеме міндетті.`,
  ru: (name) => `© ${name}, 2026. При перепечатке ссылка обязательна.`,
};

/** One-line comments channels put above a repost. */
export const REPOST_COMMENTS: Record<Lang, string[]> = {
  kk: [
    "Міне, жаңалық 👇",
    "Назар аударыңыздар!",
    "Ақыры ресми жауап шықты.",
    "Бұл туралы көптен күтіп едік.",
    "Достар, мына хабарды оқып шығыңыздар.",
    "Пікірлеріңізді жазыңыздар 👇",
    "Маңызды ақпарат, сақтап қойыңыз.",
    "Өз өңіріміздегі жағдай осындай.",
  ],
  ru: [
    "Вот и официальный ответ 👇",
    "Важно для всех, сохраните.",
    "Ну наконец-то.",
    "Что думаете? Пишите в комментариях.",
    "Коротко о главном:",
    "Делимся новостью.",
    "Это касается многих из вас.",
    "Следим за ситуацией.",
  ],
};

/** The word before the link to the original at the end of a repost. */
export const READ_MORE: Record<Lang, string[]> = {
  kk: ["Толығырақ:", "Толық нұсқасы:", "Толығырақ оқыңыз:", "Дереккөз:"],
  ru: ["Подробнее:", "Читать полностью:", "Подробности по ссылке:", "Источник:"],
};

export const SHOUTS: Record<Lang, { open: string[]; close: string[] }> = {
  kk: {
    open: ["‼️ШҰҒЫЛ!!!", "🚨🚨 ШҰҒЫЛ ХАБАР!", "⚡️ЖЕДЕЛ АҚПАРАТ!!!", "❗️❗️ НАЗАР АУДАРЫҢЫЗ!"],
    close: ["ТАРАТЫҢЫЗ!!! 🔥🔥", "БАРЛЫҒЫҢЫЗҒА ЖІБЕРІҢІЗ 🙏🙏", "ЖАҚЫНДАРЫҢЫЗҒА АЙТЫҢЫЗ!!! ⚠️"],
  },
  ru: {
    open: ["‼️СРОЧНО!!!", "🚨🚨 СРОЧНАЯ НОВОСТЬ!", "⚡️ВНИМАНИЕ!!!", "❗️❗️ СРОЧНО ВСЕМ!"],
    close: ["РАСПРОСТРАНИТЕ!!! 🔥🔥", "ПЕРЕШЛИТЕ ВСЕМ 🙏🙏", "ПРЕДУПРЕДИТЕ БЛИЗКИХ!!! ⚠️"],
  },
};

/** Names of the channels that repost, quote and shout. */
export const CHANNELS: Record<Lang, string[]> = {
  kk: ["Qazaq Janalyqtary", "Аймақ тынысы", "Ауыл хабарлары", "Жедел ақпарат KZ", "Almaty Qalasy", "Тілші"],
  ru: ["Алматы Онлайн", "Новости Астаны 24", "KZ Инсайдер", "Казахстан сегодня", "Караганда LIVE", "Шымкент Онлайн"],
};
