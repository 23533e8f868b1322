import { describe, expect, it } from "vitest";
import { spellKazakh } from "./latin-kazakh.ts";

describe("Kazakh spellings of the evaluation set", () => {
  const phrase = "Қазақстан Республикасының Үкіметі Шымкентте жиналды";

  it("writes each official Latin alphabet with its own letters", () => {
    expect(spellKazakh(phrase, "latin-2017")).toBe("Qazaqstan Respy'bli'kasynyn' U'kimeti S'ymkentte ji'naldy");
    expect(spellKazakh(phrase, "latin-2018")).toBe("Qazaqstan Respýblıkasynyń Úkimeti Shymkentte jınaldy");
    expect(spellKazakh(phrase, "latin-2021")).toBe("Qazaqstan Respublikasynyñ Ükımetı Şymkentte jinaldy");
  });

  it("writes chat Latin with digraphs and Russian-keyboard Kazakh without the Kazakh letters", () => {
    expect(spellKazakh("Ғалым жаңа шешім қабылдады", "latin-informal")).toBe("Ghalym zhanga sheshim qabyldady");
    expect(spellKazakh(phrase, "russian-letters")).toBe("Казакстан Республикасынын Укимети Шымкентте жиналды");
  });

  it("keeps a word in capitals in capitals, digraphs included", () => {
    expect(spellKazakh("ШҰҒЫЛ ХАБАР", "latin-2018")).toBe("SHUǴYL HABAR");
    expect(spellKazakh("ШҰҒЫЛ хабар", "latin-informal")).toBe("SHUGHYL habar");
    expect(spellKazakh("Іле", "latin-2021")).toBe("Ile");
  });
});
