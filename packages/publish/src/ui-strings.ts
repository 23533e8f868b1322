import type { TLang } from "@tekser/contracts";
import { uiLang, type TUiLang } from "./verdict.ts";

/** Reader-facing strings of the public outputs (notice page, feed content). */
export interface UiStrings {
  verdict: string;
  claimReviewed: string;
  summary: string;
  rationale: string;
  firstAppearance: string;
  appearances: string;
  evidence: string;
  reviewers: string;
  published: string;
  updated: string;
  version: string;
  retracted: string;
  otherLanguages: string;
  untitled: string;
  /** For a copy whose source gives no publication time (Tekser never substitutes its own). */
  publicationDateUnknown: string;
  /** Labels the time a page says it was archived, the only time an undated copy carries. */
  archivedOn: string;
  noticesFeedDescription: string;
  history: string;
  changeKinds: Record<"publication" | "correction" | "retraction", string>;
  correctionsTitle: string;
  correctionsIntro: string;
  noCorrections: string;
  signedBy: string;
  signatureHelp: string;
  readFull: string;
  archivedCopy: string;
}

const UI_STRINGS: Record<TUiLang, UiStrings> = {
  kk: {
    verdict: "Қорытынды",
    claimReviewed: "Тексерілген мәлімдеме",
    summary: "Қысқаша",
    rationale: "Негіздеме",
    firstAppearance: "Бірінші пайда болуы",
    appearances: "Қай жерде тарады",
    evidence: "Дәлелдер",
    reviewers: "Тексергендер",
    published: "Жарияланды",
    updated: "Жаңартылды",
    version: "Нұсқа",
    retracted: "Бұл қорытынды кері қайтарылды. Төмендегі мәтін тек мұрағат үшін сақталған, оған сүйенуге болмайды.",
    otherLanguages: "Басқа тілдерде",
    untitled: "Атауы жоқ",
    publicationDateUnknown: "жарияланған күні белгісіз",
    archivedOn: "мұрағатталды",
    noticesFeedDescription: "Жарияланған фактіні тексеру қорытындылары",
    history: "Өзгерістер тарихы",
    changeKinds: { publication: "Жарияланды", correction: "Түзету", retraction: "Кері қайтарылды" },
    correctionsTitle: "Түзетулер журналы",
    correctionsIntro: "Жарияланған қорытындыларға енгізілген барлық түзетулер мен кері қайтарулар, жаңасы бірінші.",
    noCorrections: "Әзірге түзету жоқ.",
    signedBy: "Ed25519 қолтаңбасы, кілт",
    signatureHelp: "Осы нұсқаның қол қойылған JSON көшірмесі",
    readFull: "Толық қорытынды",
    archivedCopy: "мұрағаттағы көшірмесі",
  },
  ru: {
    verdict: "Вердикт",
    claimReviewed: "Проверяемое утверждение",
    summary: "Кратко",
    rationale: "Обоснование",
    firstAppearance: "Первое появление",
    appearances: "Где распространялось",
    evidence: "Доказательства",
    reviewers: "Проверяли",
    published: "Опубликовано",
    updated: "Обновлено",
    version: "Версия",
    retracted:
      "Это заключение отозвано. Текст ниже сохранён только для истории, на него нельзя ссылаться как на действующее.",
    otherLanguages: "На других языках",
    untitled: "Без названия",
    publicationDateUnknown: "дата публикации неизвестна",
    archivedOn: "архивировано",
    noticesFeedDescription: "Опубликованные заключения фактчекинга",
    history: "История изменений",
    changeKinds: { publication: "Опубликовано", correction: "Исправление", retraction: "Отозвано" },
    correctionsTitle: "Журнал исправлений",
    correctionsIntro: "Все исправления и отзывы опубликованных заключений, новые сверху.",
    noCorrections: "Исправлений пока нет.",
    signedBy: "Подпись Ed25519, ключ",
    signatureHelp: "Подписанная JSON-копия этой версии",
    readFull: "Полное заключение",
    archivedCopy: "архивная копия",
  },
  en: {
    verdict: "Verdict",
    claimReviewed: "Claim reviewed",
    summary: "Summary",
    rationale: "Rationale",
    firstAppearance: "First appearance",
    appearances: "Where it appeared",
    evidence: "Evidence",
    reviewers: "Reviewed by",
    published: "Published",
    updated: "Updated",
    version: "Version",
    retracted:
      "This notice has been retracted. The text below is kept for the record only and should not be relied on.",
    otherLanguages: "Other languages",
    untitled: "Untitled",
    publicationDateUnknown: "publication date unknown",
    archivedOn: "archived",
    noticesFeedDescription: "Published fact-check notices",
    history: "Correction history",
    changeKinds: { publication: "Published", correction: "Correction", retraction: "Retracted" },
    correctionsTitle: "Corrections log",
    correctionsIntro: "Every correction and retraction of a published notice, newest first.",
    noCorrections: "No corrections yet.",
    signedBy: "Ed25519 signature, key",
    signatureHelp: "Signed JSON copy of this version",
    readFull: "Full notice",
    archivedCopy: "archived copy",
  },
};

/** A language's name written in that language, for translation links. */
export const LANGUAGE_NAMES: Record<TUiLang, string> = {
  kk: "Қазақша",
  ru: "Русский",
  en: "English",
};

export function uiStrings(lang: TLang): UiStrings {
  return UI_STRINGS[uiLang(lang)];
}

/**
 * Human-readable date and time in the reader's language and the desk's time zone (an IANA name
 * such as Asia/Almaty), with the UTC offset shown; `<time datetime>` keeps the exact instant.
 */
export function formatDateTime(iso: string, lang: TLang, timeZone: string): string {
  return formatInstant(iso, lang, timeZone, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
}

/** Date only, for appearances where the time of day is rarely known precisely. */
export function formatDate(iso: string, lang: TLang, timeZone: string): string {
  return formatInstant(iso, lang, timeZone, { year: "numeric", month: "long", day: "numeric" });
}

/** The calendar day depends on the zone, so the desk's zone is always named; a value that is not a date is shown as given. */
function formatInstant(iso: string, lang: TLang, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLang(lang), { ...options, timeZone }).format(date);
}
