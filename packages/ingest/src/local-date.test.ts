import { describe, expect, it } from "vitest";
import { parseLocalDate } from "./local-date.ts";

// 2026-03-14 11:00 in Kazakhstan (UTC+5).
const now = new Date("2026-03-14T06:00:00Z");
const iso = (text: string) => parseLocalDate(text, { now })?.toISOString() ?? null;

describe("parseLocalDate", () => {
  it.each([
    ["14 Наурыз 2026 03:59", "2026-03-13T22:59:00.000Z"],
    ["12 наурыздың 2026 10:29", "2026-03-12T05:29:00.000Z"],
    ["2026 жылғы 14 наурыз", "2026-03-13T19:00:00.000Z"],
    ["2026 жылы 5 қыркүйекте 18:00", "2026-09-05T13:00:00.000Z"],
    ["1 желтоқсан 2025", "2025-11-30T19:00:00.000Z"],
    ["14 марта 2026", "2026-03-13T19:00:00.000Z"],
    ["14 марта 2026, 10:15", "2026-03-14T05:15:00.000Z"],
    ["14 март 2026 г. в 10:15", "2026-03-14T05:15:00.000Z"],
    ["12 мар. 2026 18:30", "2026-03-12T13:30:00.000Z"],
    ["3 мая 2025", "2025-05-02T19:00:00.000Z"],
    ["14.03.2026 10:15", "2026-03-14T05:15:00.000Z"],
    ["2026-03-14", "2026-03-13T19:00:00.000Z"],
    ["2026-03-14 10:15", "2026-03-14T05:15:00.000Z"],
    ["2024-04-18T10:35:00+05:00", "2024-04-18T05:35:00.000Z"],
    ["2026-03-14T05:15:00Z", "2026-03-14T05:15:00.000Z"],
    ["March 14, 2026 10:15", "2026-03-14T05:15:00.000Z"],
  ])("reads %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ["2 сағат бұрын", "2026-03-14T04:00:00.000Z"],
    ["5 минут бұрын", "2026-03-14T05:55:00.000Z"],
    ["3 часа назад", "2026-03-14T03:00:00.000Z"],
    ["минуту назад", "2026-03-14T05:59:00.000Z"],
    ["2 күн бұрын", "2026-03-12T06:00:00.000Z"],
    ["только что", "2026-03-14T06:00:00.000Z"],
    ["кеше", "2026-03-12T19:00:00.000Z"],
    ["кеше 18:05", "2026-03-13T13:05:00.000Z"],
    ["вчера в 21:40", "2026-03-13T16:40:00.000Z"],
    ["сегодня в 10:30", "2026-03-14T05:30:00.000Z"],
    ["Бүгін, 09:00", "2026-03-14T04:00:00.000Z"],
  ])("reads the relative %s against now", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("uses the Kazakhstan calendar day for relative days near midnight UTC", () => {
    // 21:30 UTC on 13 March is already 02:30 on 14 March in Kazakhstan, so "yesterday" is 13 March.
    const late = new Date("2026-03-13T21:30:00Z");
    expect(parseLocalDate("вчера в 10:00", { now: late })?.toISOString()).toBe("2026-03-13T05:00:00.000Z");
  });

  it("gives a yearless date the latest past year", () => {
    expect(iso("10 марта 09:00")).toBe("2026-03-10T04:00:00.000Z");
    expect(iso("20 декабря")).toBe("2025-12-19T19:00:00.000Z");
  });

  it.each(["", "нет даты", "31 ақпан 2026", "2026-02-30", "14 марта 2026 25:61", "99.99.2026"])(
    "returns null for %j",
    (text) => {
      expect(iso(text)).toBeNull();
    },
  );

  it("reads a sentence opening with 'yesterday' as yesterday: callers choose which lines are dates", () => {
    expect(iso("Кеше Астанада бірнеше")).toBe("2026-03-12T19:00:00.000Z");
  });
});
