import type { search as english } from "../en/search.ts";
import type { Translation } from "../translation.ts";

export const search: Translation<typeof english> = {
  "search.title": "Іздеу",
  "search.intro":
    "Барлық жарияланымнан қазақша (кирилл не латын әрпімен), орысша және ағылшынша іздеңіз. Сөздің басы бойынша да табылады, ал қате жазылған мәлімдеме тақырыптары ұқсастығы бойынша табылады.",
  "search.query": "Іздейтін мәтін",
  "search.placeholder": "Жарияланымдағы не мәлімдемедегі сөздер…",
  "search.site": "Сайт",
  "search.from": "Жарияланған, бастап",
  "search.to": "Жарияланған, дейін",
  "search.submit": "Іздеу",
  "search.noResults": "Сәйкес жарияланым жоқ.",
  "search.claim": "Мәлімдеме",
  "search.noClaim": "мәлімдемеге кірмеген",
  "search.more": "Тағы нәтижелер",
  "search.corrected": "«{query}» бойынша ештеңе табылмады. «{corrected}» бойынша нәтижелер:",
};
