import type { TUiLang } from "./verdict.ts";

/** The public archive's own words, in each language its page is offered in. */
export interface ArchiveStrings {
  title: string;
  intro: string;
  search: string;
  language: string;
  verdict: string;
  any: string;
  apply: string;
  found: string;
  none: string;
  retracted: string;
  previous: string;
  next: string;
  page: string;
  pageLanguage: string;
  langNames: Record<"kk" | "ru" | "en", string>;
}

export const ARCHIVE_STRINGS: Record<TUiLang, ArchiveStrings> = {
  kk: {
    title: "Тексеру қорытындыларының мұрағаты",
    intro: "Жарияланған барлық қорытынды, соңғы өзгергені бірінші.",
    search: "Іздеу",
    language: "Тілі",
    verdict: "Қорытынды",
    any: "Барлығы",
    apply: "Көрсету",
    found: "Табылды",
    none: "Бұл сүзгілерге сай қорытынды жоқ.",
    retracted: "Кері қайтарылды",
    previous: "Алдыңғы бет",
    next: "Келесі бет",
    page: "Бет",
    pageLanguage: "Бет тілі",
    langNames: { kk: "Қазақша", ru: "Орысша", en: "Ағылшынша" },
  },
  ru: {
    title: "Архив заключений",
    intro: "Все опубликованные заключения, недавно изменённые первыми.",
    search: "Поиск",
    language: "Язык",
    verdict: "Вердикт",
    any: "Все",
    apply: "Показать",
    found: "Найдено",
    none: "Нет заключений, подходящих под эти фильтры.",
    retracted: "Отозвано",
    previous: "Предыдущая страница",
    next: "Следующая страница",
    page: "Страница",
    pageLanguage: "Язык страницы",
    langNames: { kk: "Казахский", ru: "Русский", en: "Английский" },
  },
  en: {
    title: "Fact-check archive",
    intro: "Every published notice, most recently changed first.",
    search: "Search",
    language: "Language",
    verdict: "Verdict",
    any: "All",
    apply: "Show",
    found: "Found",
    none: "No notice matches these filters.",
    retracted: "Retracted",
    previous: "Previous page",
    next: "Next page",
    page: "Page",
    pageLanguage: "Page language",
    langNames: { kk: "Kazakh", ru: "Russian", en: "English" },
  },
};
