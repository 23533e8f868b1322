import type { search as english } from "../en/search.ts";
import type { Translation } from "../translation.ts";

export const search: Translation<typeof english> = {
  "search.title": "Поиск",
  "search.intro":
    "Поиск по всем публикациям на казахском (кириллицей или латиницей), русском и английском. Слова находятся по началу, а утверждения с опечатками в заголовке — по сходству.",
  "search.query": "Что искать",
  "search.placeholder": "Слова из публикации или утверждения…",
  "search.site": "Сайт",
  "search.from": "Опубликовано с",
  "search.to": "Опубликовано до",
  "search.submit": "Найти",
  "search.noResults": "Подходящих публикаций нет.",
  "search.claim": "Утверждение",
  "search.noClaim": "не входит в утверждение",
  "search.more": "Ещё результаты",
  "search.corrected": "По запросу «{query}» ничего не найдено. Показаны результаты по запросу «{corrected}»:",
};
