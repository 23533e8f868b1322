import { isTranslationLang, translationKeys } from "@tekser/claims";

/**
 * A Kazakh or Russian item's translation keys, from its title and text; null in another
 * language. Pure, so the parsing thread makes them while PostgreSQL stores the previous group.
 */
export function itemTextTranslationKeys(item: { title: string | null; text: string; lang: string }): string[] | null {
  return isTranslationLang(item.lang)
    ? translationKeys([item.title, item.text].filter(Boolean).join("\n"), item.lang)
    : null;
}
