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

describe("sameClaim: one template with another figure written in words", () => {
  const template = (count: string, day: string) =>
    `Семей қалалық санитариялық-эпидемиологиялық бақылау басқармасы қаладағы ${count} мектепте қызылшаның жеті жағдайы тіркелгенін хабарлады. ` +
    `Ауырған балалардың бесеуі бастауыш сынып оқушылары, екеуі жоғары сыныпта оқиды. Сабақтар ${day} қарашаға дейін қашықтан өтеді, ` +
    "байланыста болған төрт жүзден астам бала мен қырық мұғалім медициналық бақылауға алынды.";
  const base = fingerprintText(template("үш", "жиырма бесінші"));

  it("keeps apart another count or another day, however it is written", () => {
    expect(sameClaim(fingerprintText(template("бес", "жиырма бесінші")), base)).toBeNull();
    expect(sameClaim(fingerprintText(template("5", "жиырма бесінші")), base)).toBeNull();
    expect(sameClaim(fingerprintText(template("үш", "жиырма сегізінші")), base)).toBeNull();
  });

  it("joins a copy that writes the figures in digits", () => {
    expect(sameClaim(fingerprintText(template("3", "25-ші")), base)).not.toBeNull();
    expect(sameClaim(fingerprintText(template("3", "жиырма бесінші")), base)).not.toBeNull();
  });

  it("joins a copy under a comment that states another figure before the same word", () => {
    expect(
      sameClaim(fingerprintText(`Былтыр екі мектепте ғана болған еді.\n${template("үш", "жиырма бесінші")}`), base),
    ).not.toBeNull();
  });

  it("joins a repost of a story whose headline ends in a number and whose text starts with a scale", () => {
    const text =
      "Миллион теңге көлемінде грант алған ауыл мектебі жаңа спорт залын салып бітірді. Құрылысқа аудан " +
      "әкімдігі мен жергілікті кәсіпкерлер де қаражат бөлген, зал қыркүйектің бірінші жұлдызынан ашылады.";
    const story = fingerprintText(`Ауыл мектептері: 2026\n${text}`);
    expect(sameClaim(fingerprintText(`Жақсы жаңалық! ${text} Толығырақ сілтемеде.`), story)).not.toBeNull();
    expect(sameClaim(fingerprintText(`Ауыл мектептері. ${text.replace("Миллион", "Екі миллион")}`), story)).toBeNull();
  });

  it("keeps apart Russian templates with another case form of another count, or another scale", () => {
    const russian = (count: string, scale: string) =>
      `Управление дорог Карагандинской области сообщило, что в ${count} городах региона начался ямочный ремонт. Работы ведут пятнадцать бригад, ` +
      `на ремонт выделено четыреста двадцать ${scale} тенге, подрядчики дают гарантию на два года.`;
    const threeCities = fingerprintText(russian("трёх", "миллионов"));
    expect(sameClaim(fingerprintText(russian("пяти", "миллионов")), threeCities)).toBeNull();
    expect(sameClaim(fingerprintText(russian("трёх", "миллиардов")), threeCities)).toBeNull();
    expect(sameClaim(fingerprintText(russian("3", "млн")), threeCities)).not.toBeNull();
  });
});

describe("regions named by a compass word, and hyphenated cities", () => {
  it("tell the compass regions apart, in both languages and any case", () => {
    expect(places("Северо-Казахстанской области")).toEqual(places("Солтүстік Қазақстан облысында"));
    expect(places("в Западно-Казахстанской области")).not.toEqual(places("в Северо-Казахстанской области"));
    expect(places("Шығыс Қазақстан облысы")).not.toEqual(places("Батыс Қазақстан облысы"));
    expect(places("Северо-Казахстанской области")).not.toEqual([]);
  });

  it("leave out a compass word that names no region, and the country", () => {
    expect(places("солтүстік жел соғады, Қазақстан бойынша")).toEqual([]);
    expect(places("по всему Казахстану, восточный ветер")).toEqual([]);
  });

  it("read a hyphenated city by its last part", () => {
    expect(places("в Усть-Каменогорске")).toEqual(places("Өскеменде"));
    expect(places("в Усть-Каменогорске")).not.toEqual(places("в Семее"));
  });

  it("keep apart a Russian template written for another compass region", () => {
    const template = (region: string) =>
      `В ${region} области с 1 марта не изменятся тарифы на коммунальные услуги, сообщили в управлении энергетики. ` +
      "Жителей просят не верить ложным сообщениям в социальных сетях о повышении цен на тепло и воду.";
    expect(
      sameClaim(fingerprintText(template("Западно-Казахстанской")), fingerprintText(template("Северо-Казахстанской"))),
    ).toBeNull();
    expect(
      sameClaim(fingerprintText(template("Северо-Казахстанской")), fingerprintText(template("Северо-Казахстанской"))),
    ).not.toBeNull();
  });
});
