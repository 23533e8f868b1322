import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.ts";

describe("detectLanguage", () => {
  it.each([
    ["Ақпараттық штаб жұмысын бастады", "kk"],
    ["Референдум: Бүгін үгіт аяқталады", "kk"],
    ["Бас прокуратура халыққа үндеу жасады", "kk"],
    ["Осы жыл бойынша жоба туралы деп мен айттым", "kk"],
    ["Аким Астаны рассказал о ремонте дорог летом", "ru"],
    ["Касым-Жомарт Тоқаев провёл встречу с акимом и заявил, что работа будет продолжена", "ru"],
    ["Тоқаев провел встречу в Астане", "ru"],
    ["Президент подписал закон о бюджете", "ru"],
    ["Qazaqstan Respublikasy jäne onyñ azamattary", "kk"],
    ["Elımızde jaña zañ qabyldandy", "kk"],
    ["The president signed the budget law on Monday", "en"],
    ["Astana is the capital of Kazakhstan", "en"],
    ["Der Präsident unterschrieb gestern", "other"],
    ["12345 !!! ---", "other"],
    ["", "other"],
    ["北京市", "other"],
  ] as const)("%s -> %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
