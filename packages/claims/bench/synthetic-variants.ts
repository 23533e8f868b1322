/**
 * The ways copies of a text appear in the wild, scripted for the scale benchmark's synthetic
 * items (synthetic.ts). Deterministic: every choice comes from a seeded generator.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

const HEADERS = {
  kk: ["Басты бет › Қоғам › Жаңалықтар", "QAZAQ24.COM | Жаңалықтар | Аймақтар", "Кеше, 14:20 | Қоғам"],
  ru: ["Главная » Общество » Новости", "NEWS.KZ | Новости Казахстана", "Вчера, 18:05 | Общество"],
};
const FOOTERS = {
  kk: [
    "Жағдайды бақылауды жалғастырыңыз… Біздің Telegram арнамызға жазылыңыз!",
    "Тағы оқыңыз: Елордада жаңа саябақ ашылды",
    "Дереккөз: aikyn.kz",
  ],
  ru: [
    "Подписывайтесь на наш Telegram-канал, чтобы быть в курсе событий",
    "Читайте также: В Астане открыли новый парк",
    "Источник: tengrinews.kz",
  ],
};
const ATTRIBUTION = { kk: "aikyn.kz парақшасындағы деректерге сәйкес, ", ru: "По данным tengrinews.kz, " };
const COMMENTS = {
  kk: ["Мынаны қараңыздар 😱 Шын ба?", "Таратыңыздар, бәрі білсін!", "Тағы бір жаңалық... пікірлеріңізді жазыңыз"],
  ru: ["Вот это новости 😳 кто-нибудь может подтвердить?", "Разошлите всем знакомым!", "Ну и ну. Что думаете?"],
};
const HASHTAGS = { kk: "#жаңалық #Қазақстан", ru: "#новости #Казахстан" };

/** An aggregator's republication: its header, an attribution line, footers and a view counter. */
export function aggregatorCopy(text: string, lang: "kk" | "ru", random: Random): string {
  const footers = FOOTERS[lang].filter(() => random() < 0.7);
  const views = `👁 ${Math.floor(random() * 5000)}`;
  return [pick(random, HEADERS[lang]), ATTRIBUTION[lang] + lowerFirst(text), views, ...footers].join("\n");
}

/** A channel repost: a line of comment on top, the text, hashtags or a link below. */
export function repost(text: string, lang: "kk" | "ru", random: Random): string {
  const tail = random() < 0.5 ? HASHTAGS[lang] : "https://t.me/example_channel/1234";
  return [pick(random, COMMENTS[lang]), text, tail].join("\n");
}

/** A light rewrite: the last sentence dropped and a couple of words changed. */
export function lightEdit(text: string, random: Random): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length > 3) sentences.pop();
  const words = sentences.join(" ").split(" ");
  for (let n = 0; n < 2; n++) {
    const at = Math.floor(random() * words.length);
    words[at] = (words[at] ?? "").toUpperCase() === words[at] ? "ТАҒЫ" : "сондай";
  }
  return words.join(" ");
}

function lowerFirst(text: string): string {
  return (text[0] ?? "").toLowerCase() + text.slice(1);
}

const LATIN_2021: Record<string, string> = {
  а: "a",
  ә: "ä",
  б: "b",
  в: "v",
  г: "g",
  ғ: "ğ",
  д: "d",
  е: "e",
  ё: "io",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "ñ",
  о: "o",
  ө: "ö",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "ū",
  ү: "ü",
  ф: "f",
  х: "h",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "ş",
  щ: "şş",
  ъ: "",
  ы: "y",
  і: "ı",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};
const LATIN_2018: Record<string, string> = {
  ...LATIN_2021,
  ә: "á",
  ғ: "ǵ",
  и: "ı",
  й: "ı",
  і: "i",
  ң: "ń",
  ө: "ó",
  ұ: "u",
  ү: "ú",
  у: "ý",
  ш: "sh",
  щ: "shsh",
};

/** Kazakh Cyrillic written in the 2021 (default) or the 2018 Latin alphabet. */
export function toLatin(text: string, alphabet: "2021" | "2018" = "2021"): string {
  const table = alphabet === "2021" ? LATIN_2021 : LATIN_2018;
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
