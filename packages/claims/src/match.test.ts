import { describe, expect, it } from "vitest";
import { ClusterIndex } from "./cluster-index.ts";
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

describe("ClusterIndex", () => {
  it("puts copies in one cluster and a different claim in another", () => {
    const index = new ClusterIndex();
    const first = index.add(fingerprintText(ARTICLE));
    const copy = index.add(fingerprintText(`Тағы бір жаңалық!\n${ARTICLE}\n#жаңалық`));
    const other = index.add(fingerprintText("Ұлттық банк айналымға жаңа жиырма мың теңгелік банкнот шығарды. Банкноттың қорғаныс деңгейі күшейтілген. Ескі үлгідегі банкноттар да айналымда қала береді."));
    expect(copy.clusterId).toBe(first.clusterId);
    expect(copy.matchedItem).toBe(0);
    expect(other.clusterId).not.toBe(first.clusterId);
  });
});
