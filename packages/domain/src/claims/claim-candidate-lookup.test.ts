import { fingerprintText } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import { candidateRow } from "../../test/candidate-rows.ts";
import { toCandidate } from "./claim-candidate-lookup.ts";

const STORY =
  "Қарағанды облысында 1 наурыздан бастап жылу беру тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
  "Тұрғындар бір шаршы метр үшін бұрынғыдай 168 теңге төлейді, ал жылу желілерін жаңғыртуға 14 миллиард теңге бөлінген.";

const keysOf = (text: string) => ({
  fingerprint: fingerprintText(text),
  outlet: "aikyn.kz",
  namedOutlet: null,
  urlKeys: [],
  linkKeys: [],
});
const rowOf = (text: string) => candidateRow(keysOf(text), { itemId: "stored", claimId: "claim" });

describe("toCandidate", () => {
  it("reads a stored fingerprint back as it was computed", () => {
    for (const text of [STORY, "Жылу тарифі өзгермейді"])
      expect(toCandidate(rowOf(text)).fingerprint).toEqual(fingerprintText(text));
  });

  it("reads signed 32-bit hashes as unsigned, band keys up to 2^53 as they are, and empty lists as empty", () => {
    const { fingerprint } = toCandidate({
      ...rowOf(STORY),
      passages: "-1,0,2147483647,-2147483648,-7",
      bands: "9007199254740991,0,4294967296",
    });
    expect(fingerprint.passages).toEqual([4294967295, 0, 2147483647, 2147483648, 4294967289]);
    expect(fingerprint.bands).toEqual([9007199254740991, 0, 4294967296]);
    expect(toCandidate({ ...rowOf(STORY), passages: "" }).fingerprint.passages).toEqual([]);
  });
});
