import { fingerprintText, SIGNATURE_SIZE } from "@tekser/claims";
import { describe, expect, it } from "vitest";
import { packDetail, unpackDetail } from "./fingerprint-detail.ts";

const STORY =
  "Қарағанды облысында 1 наурыздан бастап жылу беру тарифі өзгермейді деп хабарлады облыстық энергетика басқармасы. " +
  "Тұрғындар бір шаршы метр үшін бұрынғыдай 168 теңге төлейді, ал жылу желілерін жаңғыртуға 14 миллиард теңге бөлінген.";

const detailOf = (text: string) => {
  const { signature, shingles, numbers, places, months, figureSlots, lead } = fingerprintText(text);
  return { signature, shingles, numbers, places, months, figureSlots, lead };
};

describe("packDetail and unpackDetail", () => {
  it("read back the lists of a text's fingerprint as they were computed", () => {
    for (const text of [STORY, "Жылу тарифі өзгермейді", STORY.repeat(5)]) {
      const detail = detailOf(text);
      expect(unpackDetail(packDetail(detail))).toEqual(detail);
    }
  });

  it("keep every 32-bit hash, empty lists, and a long item's unknown shingles", () => {
    const extremes = [0, 1, 2147483647, 2147483648, 4294967295];
    const detail = {
      signature: Array.from({ length: SIGNATURE_SIZE }, (_, i) => extremes[i % extremes.length] as number),
      shingles: null,
      numbers: extremes,
      places: [],
      months: [3],
      figureSlots: [],
      lead: extremes.slice(2),
    };
    expect(unpackDetail(packDetail(detail))).toEqual(detail);
  });

  it("read a signature of another length as none", () => {
    const detail = { ...detailOf(STORY), signature: [1, 2, 3] };
    expect(unpackDetail(packDetail(detail)).signature).toEqual([]);
  });

  it("read a packed list from inside a larger buffer, as a driver may hand it over", () => {
    const packed = packDetail(detailOf(STORY));
    const larger = new Uint8Array(packed.length + 10);
    larger.set(packed, 7);
    expect(unpackDetail(larger.subarray(7, 7 + packed.length))).toEqual(detailOf(STORY));
  });
});
