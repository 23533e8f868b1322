import { analyseText, type TextAnalysis } from "@tekser/claims";

/** An item's title and text as clustering and search read them (the title helps short posts). */
export function analyseItemText(item: { title: string | null; text: string }): TextAnalysis {
  return analyseText([item.title, item.text].filter(Boolean).join("\n"));
}
