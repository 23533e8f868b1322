import { describe, expect, it } from "vitest";
import { monthKeys, placeKeys } from "./facts.ts";
import { fingerprintText } from "./fingerprint.ts";
import { sameClaim } from "./match.ts";
import { normaliseTokens } from "./normalise.ts";
import { contentTokens } from "./passages.ts";

const content = (text: string) => contentTokens(normaliseTokens(text));
const places = (text: string) => placeKeys(content(text));
const months = (text: string) => monthKeys(content(text));

describe("places and months a text names", () => {
  it("are the same whatever the case ending or the script", () => {
    expect(months("1 қаңтардан бастап")).toEqual(months("1 qañtarynan bastap"));
    expect(months("с 1 января")).toEqual(months("в январе"));
    expect(months("15 мая")).toEqual(months("в мае"));
    expect(places("Астанада")).toEqual(places("Astanada"));
    expect(places("в Павлодаре")).toEqual(places("Павлодарской области"));
    expect(places("Қарағанды облысында")).toEqual(places("Qaraǵandy oblysynda"));
  });

  it("tell one month or place from another", () => {
    expect(months("1 наурыздан")).not.toEqual(months("1 сәуірден"));
    expect(months("с 15 мая")).not.toEqual(months("с 15 июня"));
    expect(places("Атырауда")).not.toEqual(places("Ақтауда"));
  });

  it("read June, which is also a season, only after a day", () => {
    expect(months("жылыту маусымы басталды")).toEqual([]);
    expect(months("15 маусымнан бастап")).toEqual(months("15 маусымда"));
    expect(months("15 маусымнан бастап")).not.toEqual([]);
  });

  it("leave out words that only start like a month or a place", () => {
    expect(months("мартеновский цех, майдан, мәртебе")).toEqual([]);
    expect(places("Қызыл алма, солтүстік жел")).toEqual([]);
  });
});

describe("sameClaim: one template with another region or month", () => {
  const template =
    "Қостанай облысында 1 наурыздан бастап коммуналдық қызметтер тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
    "Басқарма тұрғындарды әлеуметтік желідегі жалған хабарламаларға сенбеуге шақырды.";
  const base = fingerprintText(template);

  it("keeps apart another region or another month", () => {
    expect(sameClaim(fingerprintText(template.replace("Қостанай", "Павлодар")), base)).toBeNull();
    expect(sameClaim(fingerprintText(template.replace("наурыздан", "сәуірден")), base)).toBeNull();
  });

  it("joins an excerpt under a comment on the heating season (a season, not June)", () => {
    const article =
      `${template} Өткен жылы тариф ақпан айында қайта қаралған болатын, ал биыл облыстағы жылу желілерін жаңғыртуға ` +
      "14 миллиард теңге бөлінді. Жұмыстар жаз айларында жүргізіледі.";
    const [firstSentence] = template.split(". ");
    const repost = `Жылыту маусымы әлі аяқталған жоқ, ал жаңалық мынадай:\n${firstSentence}.`;
    expect(sameClaim(fingerprintText(repost), fingerprintText(article))).not.toBeNull();
  });

  it("joins a copy that leaves the region out or adds a comment", () => {
    expect(sameClaim(fingerprintText(`Достар, оқыңыздар!\n${template}`), base)).not.toBeNull();
    expect(sameClaim(fingerprintText(template.replace("Қостанай облысында ", "")), base)).not.toBeNull();
  });
});
