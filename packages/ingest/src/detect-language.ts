import type { TLang } from "@tekser/contracts";
import { latinLanguage } from "./latin-language.ts";

const KK_CYRILLIC_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
// Frequent Kazakh words written without Kazakh-specific letters.
const KK_WORDS = new Set([
  "мен",
  "бен",
  "пен",
  "деп",
  "деді",
  "бар",
  "жоқ",
  "бойынша",
  "туралы",
  "осы",
  "сол",
  "да",
  "де",
  "та",
  "те",
  "жыл",
  "жылы",
  "бола",
  "болып",
  "болады",
  "еді",
  "ма",
  "ме",
  "па",
  "пе",
  "арасында",
]);
const RU_WORDS = new Set([
  "и",
  "в",
  "во",
  "не",
  "на",
  "что",
  "с",
  "со",
  "по",
  "как",
  "это",
  "он",
  "она",
  "они",
  "для",
  "из",
  "от",
  "до",
  "за",
  "о",
  "об",
  "к",
  "но",
  "а",
  "то",
  "все",
  "так",
  "его",
  "ее",
  "её",
  "был",
  "была",
  "были",
  "будет",
  "уже",
  "при",
  "также",
  "или",
  "который",
  "которые",
  "которых",
  "этого",
  "года",
  "году",
  "сообщили",
  "заявил",
  "может",
  "только",
  "если",
  "после",
  "чтобы",
]);
const RU_ENDING = /(?:ться|тся|ого|его|ому|ему|ая|ое|ые|ых|ую|ий|ой)$/u;

/**
 * Language of a text among those Tekser handles. Cyrillic text is Kazakh when its words carry
 * Kazakh-specific letters or Kazakh function words more than Russian ones; capitalised words
 * (names like "Тоқаев" in Russian text) count half. Latin text: see latinLanguage.
 */
export function detectLanguage(text: string): TLang {
  const words = text.match(/[\p{L}]+/gu) ?? [];
  let cyrillic = 0;
  let latin = 0;
  for (const w of words) {
    if (/^[\u0400-\u04FF]+$/u.test(w)) cyrillic += w.length;
    else if (/^[\p{Script=Latin}]+$/u.test(w)) latin += w.length;
  }
  if (cyrillic === 0 && latin === 0) return "other";
  return cyrillic >= latin ? cyrillicLanguage(words) : latinLanguage(text, words);
}

function cyrillicLanguage(words: string[]): TLang {
  let kk = 0;
  let ru = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    const capitalised = word !== lower;
    if (KK_CYRILLIC_LETTERS.test(word)) kk += capitalised ? 0.5 : 1;
    else if (RU_WORDS.has(lower)) ru += 1;
    else if (KK_WORDS.has(lower)) kk += 1;
    else if (/^[а-яё]+$/u.test(lower) && lower.length > 3 && RU_ENDING.test(lower)) ru += 0.5;
  }
  // Cyrillic with no Kazakh evidence is Russian; a tie goes to Russian too, since Russian text
  // about Kazakhstan is full of Kazakh names.
  return kk > ru ? "kk" : "ru";
}
