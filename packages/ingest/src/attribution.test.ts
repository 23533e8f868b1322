import { describe, expect, it } from "vitest";
import { attributedSource, sourceLineValue } from "./attribution.ts";

describe("attributedSource", () => {
  it.each([
    ["Aikyn.KZ парақшасындағы деректерге сәйкес, Qazaq24.com ақпарат таратты..", "aikyn.kz"],
    ["Kazinform агенттігінің мәліметіне сәйкес, Aqparat24.kz хабарлайды.", "Kazinform"],
    ["По данным Tengrinews.kz, Qazaq24.com распространил информацию..", "tengrinews.kz"],
    ["Как сообщает «Хабар 24», в Астане прошёл форум", "Хабар 24"],
    ["По данным https://www.zakon.kz/news/1, ...", "zakon.kz"],
  ])("%s -> %s", (line, source) => {
    expect(attributedSource(line)).toBe(source);
  });

  it.each([
    "По данным Минздрава, заболеваемость снизилась",
    "Аталған штаб саяси науқан қорытындысы жарияланғанға дейін жұмыс істейді.",
    "Дереккөз:https://aikyn.kz",
  ])("credits no outlet in %j", (line) => {
    expect(attributedSource(line)).toBeNull();
  });
});

describe("sourceLineValue", () => {
  it("reads source lines in Kazakh, Russian and English", () => {
    expect(sourceLineValue("Дереккөз:https://aikyn.kz")).toBe("aikyn.kz");
    expect(sourceLineValue("Источник: https://www.tengrinews.kz/a/?utm_source=x")).toBe("tengrinews.kz");
    expect(sourceLineValue("Source: Kazinform")).toBe("Kazinform");
    expect(sourceLineValue("Көрілімдер:99")).toBeNull();
  });
});
