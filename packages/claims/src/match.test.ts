import { describe, expect, it } from "vitest";
import { fingerprintText } from "./fingerprint.ts";
import { sameClaim } from "./match.ts";

const ARTICLE =
  "Еңбек министрлігі зейнет жасын қайта көтеру туралы шешім қабылданған жоқ деп мәлімдеді. Бұған дейін " +
  "бірқатар арналарда әйелдердің зейнет жасы алпыс бес жасқа дейін бірден көтеріледі деген хабар тарады. " +
  "Министрліктің баспасөз қызметі заңнамаға мұндай түзету енгізілмегенін атап өтті.";

describe("sameClaim", () => {
  it("matches an aggregator copy with header, attribution and footer", () => {
    const copy = `Басты бет › Қоғам\naikyn.kz деректеріне сәйкес, ${ARTICLE}\n👁 512\nЖағдайды бақылауды жалғастырыңыз…`;
    expect(sameClaim(fingerprintText(ARTICLE), fingerprintText(copy))).not.toBeNull();
  });

  it("matches the same text in Latin Kazakh", () => {
    const latin =
      "Eñbek ministrligi zeinet jasyn qaita köteru turaly şeşım qabyldanğan joq dep mälımdedı. Būğan deiın " +
      "bırqatar arnalarda äielderdıñ zeinet jasy alpys bes jasqa deiın bırden köterıledı degen habar tarady. " +
      "Ministrlıktıñ baspasöz qyzmetı zañnamağa mūndai tüzetu engızılmegenın atap öttı.";
    expect(sameClaim(fingerprintText(ARTICLE), fingerprintText(latin))).not.toBeNull();
  });

  it("keeps two headlines on one topic apart (the stricter rule for short items)", () => {
    const a = fingerprintText("Алматыда жер сілкінісі болды, зардап шеккендер жоқ");
    const b = fingerprintText("Алматыда жер сілкінісі болуы мүмкін, сейсмологтар ескертті");
    expect(sameClaim(a, b)).toBeNull();
  });

  it("matches a one-sentence post reposted with a comment line", () => {
    const post = "Срочно: с понедельника в Алматы вводят комендантский час с десяти вечера, сообщили в акимате.";
    const a = fingerprintText(post);
    const b = fingerprintText(`Кто-нибудь может подтвердить? 😳\n${post}\n#новости`);
    expect(sameClaim(a, b)).not.toBeNull();
  });

  it("never matches empty texts", () => {
    expect(sameClaim(fingerprintText("👁 12"), fingerprintText("👁 12"))).toBeNull();
  });
});

const LONG_ARTICLE =
  `${ARTICLE} Ведомство еске салғандай, 2026 жылы зейнетақы төлемдері 7 пайызға индекстеледі. ` +
  "Ынтымақты зейнетақы алатын азаматтардың саны елде екі миллионнан асады. Министрлік азаматтарды " +
  "ресми дереккөздерге ғана сенуге шақырды және әлеуметтік желідегі жалған ақпаратқа жауап бермеуді сұрады. " +
  "Зейнетақы жүйесіндегі өзгерістер туралы толық ақпарат министрліктің ресми сайтында жарияланған.";

describe("sameClaim: a passage inside a longer text", () => {
  it("joins the first paragraph quoted under a comment, and a truncated copy", () => {
    const excerpt = `Тағы да фейк пе, әлде шындық па? 🤔\n${ARTICLE}\nТолығырақ: https://aikyn.kz/news/1`;
    expect(sameClaim(fingerprintText(excerpt), fingerprintText(LONG_ARTICLE))).not.toBeNull();
    const truncated = `${LONG_ARTICLE.slice(0, 260)}…`;
    expect(sameClaim(fingerprintText(truncated), fingerprintText(LONG_ARTICLE))).not.toBeNull();
  });

  it("joins a Kazakh excerpt typed with Russian letters and one in the 2017 apostrophe alphabet", () => {
    const russianLetters = ARTICLE.replace(/қ/g, "к")
      .replace(/ғ/g, "г")
      .replace(/[ұү]/g, "у")
      .replace(/і/g, "и")
      .replace(/ө/g, "о")
      .replace(/ә/g, "а")
      .replace(/ң/g, "н");
    expect(sameClaim(fingerprintText(russianLetters), fingerprintText(LONG_ARTICLE))).not.toBeNull();
    const apostrophes =
      "En'bek ministrligi zeinet jasyn qaita ko'tery' turaly s'es'im qabyldang'an joq dep ma'limdedi. Bug'an dei'in " +
      "birqatar arnalarda a'ielderdin' zeinet jasy alpys bes jasqa dei'in birden ko'teriledi degen habar tarady.";
    expect(sameClaim(fingerprintText(apostrophes), fingerprintText(LONG_ARTICLE))).not.toBeNull();
  });

  it("keeps apart a story that shares only a background sentence, and the same template with other figures", () => {
    const nextStory =
      "Ынтымақты зейнетақы алатын азаматтардың саны елде екі миллионнан асады. Астанада жаңа емхана ашылды, " +
      "онда күніне бес жүз науқас қабылданады. Емхана заманауи құрылғылармен жабдықталған, дәрігерлер саны жүзден асады, " +
      "ал құрылысқа жергілікті бюджеттен үш миллиард теңге бөлінді.";
    expect(sameClaim(fingerprintText(nextStory), fingerprintText(LONG_ARTICLE))).toBeNull();
    const template =
      "Қостанай облысында 2026 жылы зейнетақы төлемдері 7 пайызға индекстеледі деп хабарлады облыстық әкімдік.";
    const otherFigures =
      "Қостанай облысында 2027 жылы зейнетақы төлемдері 9 пайызға индекстеледі деп хабарлады облыстық әкімдік.";
    expect(sameClaim(fingerprintText(template), fingerprintText(otherFigures))).toBeNull();
  });

  it("lets a link to the original make do with less shared text, but not with none", () => {
    const comment =
      "Мұның бәрі өтірік, ресми түрде жоққа шығарылды! Министрлік зейнет жасын қайта көтеру туралы шешім қабылданған жоқ деп мәлімдеді.";
    const article = fingerprintText(LONG_ARTICLE);
    expect(sameClaim(fingerprintText(comment), article, { linked: true })).not.toBeNull();
    const unrelated =
      "Бүгін Алматыда ауа райы бұлтты болады, түнде жаңбыр жауады деп болжанып отыр. Жел екпіні секундына он метрге жетеді.";
    expect(sameClaim(fingerprintText(unrelated), article, { linked: true })).toBeNull();
  });
});

describe("sameClaim: a headline posted alone", () => {
  const article = fingerprintText(`Министрлік: зейнет жасы бірден көтерілмейді\n${LONG_ARTICLE}`);

  it("joins the article it heads, in any script", () => {
    expect(sameClaim(fingerprintText("🔴 Министрлік: зейнет жасы бірден көтерілмейді"), article)).not.toBeNull();
    expect(sameClaim(fingerprintText("Ministrlik: zeinet jasy birden koterilmeidi 👇"), article)).not.toBeNull();
  });

  it("keeps apart a headline that says the opposite, or shares only a phrase", () => {
    expect(sameClaim(fingerprintText("Министрлік: зейнет жасы бірден көтеріледі"), article)).toBeNull();
    // Four words are a phrase many stories start with, not a headline of this one.
    expect(sameClaim(fingerprintText("Зейнет жасы бірден көтерілмейді"), article)).toBeNull();
  });
});
