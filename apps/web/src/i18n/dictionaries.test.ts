import { APP_ERROR_CODES, type TAppErrorCode } from "@tekser/contracts";
import { describe, expect, it } from "vitest";
import { en } from "./en/index.ts";
import { kk } from "./kk/index.ts";
import { ru } from "./ru/index.ts";

const DICTIONARIES: Record<string, Record<string, string>> = { en, kk, ru };
const placeholders = (wording: string) => [...wording.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
// Plural forms only some languages have ("few", "many" in Russian) are not expected in the others.
const isExtraPlural = (key: string) => /\.(few|many)$/.test(key);

describe("[WEB][I18N] every dashboard string in kk, ru and en", () => {
  it("has every key of each dictionary in the others, worded, with the same placeholders", () => {
    for (const [language, dictionary] of Object.entries(DICTIONARIES)) {
      for (const [otherLanguage, other] of Object.entries(DICTIONARIES)) {
        const missing = Object.keys(dictionary).filter((key) => !isExtraPlural(key) && !(key in other));
        expect(missing, `in ${language}, missing from ${otherLanguage}`).toEqual([]);
      }
      for (const [key, wording] of Object.entries(dictionary)) {
        expect(wording.trim(), `${language} ${key}`).not.toBe("");
        if (!isExtraPlural(key) && key in en)
          expect(placeholders(wording), `${language} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it("words every domain error code: its own message, or the wording of its kind for the generic ones", () => {
    const unworded = (Object.keys(APP_ERROR_CODES) as TAppErrorCode[]).filter((code) => {
      const generic = (APP_ERROR_CODES[code] as string) === code;
      return !(`error.code.${code}` in en) && !(generic && `error.status.${code}` in en);
    });
    expect(unworded).toEqual([]);
    for (const status of new Set(Object.values(APP_ERROR_CODES)))
      expect(`error.status.${status}` in en, status).toBe(true);
  });
});
