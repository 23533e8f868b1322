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

// Real sentences: the same news line in each language, and the Kazakh one in all three Latin alphabets.
describe("detectLanguage on sentences in each language", () => {
  it.each([
    ["kk Cyrillic", "Қазақстан Республикасының Президенті Астанада шетелдік инвесторлармен кездесті.", "kk"],
    ["kk Cyrillic, no special letters", "Осы жылы бойынша жоба туралы деп мен айттым.", "kk"],
    ["kk Latin 2021", "Qazaqstan Respublikasynyñ Prezidentı Astanada şeteldık investorlarmen kezdestı.", "kk"],
    ["kk Latin 2021, ä ö ü ş ı only", "Bügın Almatyda jaña metro beketı aşyldy, dep habarlady äkımdık.", "kk"],
    ["kk Latin 2018", "Qazaqstan Respýblıkasynyń Prezıdenti halyqqa Joldaý jasady.", "kk"],
    ["kk Latin 2017", "Qazaqstan Respy'bli'kasynyn' Prezi'denti' halyqqa Joldaw jasady'.", "kk"],
    ["ru", "Президент Казахстана провёл встречу с иностранными инвесторами в Астане.", "ru"],
    ["en", "The president of Kazakhstan met foreign investors in Astana on Monday.", "en"],
    ["en with a contraction", "Officials say the video isn't from Shymkent and wasn't filmed this year.", "en"],
    [
      "de",
      "Der Präsident von Kasachstan hat sich am Montag mit ausländischen Investoren in Astana getroffen.",
      "other",
    ],
    ["de with umlauts", "Über die Fördermittel für Bürger wird nächste Woche entschieden.", "other"],
    [
      "tr",
      "Kazakistan Cumhurbaşkanı, Astana'da yabancı yatırımcılarla bir araya geldi ve yeni anlaşmalar imzaladı.",
      "other",
    ],
    ["tr with ğ ş ı", "Doğu bölgesinde yaşanan sel nedeniyle okullar bugün kapalı olacak.", "other"],
    ["fr", "Le président du Kazakhstan a rencontré lundi des investisseurs étrangers à Astana.", "other"],
    ["fr with elisions", "C'est aujourd'hui qu'il l'a annoncé devant l'assemblée.", "other"],
  ] as const)("%s", (_label, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
