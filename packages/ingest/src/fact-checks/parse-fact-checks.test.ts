import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { factCheckMessage } from "./fact-check-messages.ts";
import { parseFactChecks } from "./parse-fact-checks.ts";

const FIXTURES = new URL("../../fixtures/fact-checks/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const now = new Date("2026-12-01T00:00:00Z");

describe("[IMPORT] reading archives of past fact-checks", () => {
  it("reads Fact Check Tools JSON: each review a record, labels mapped onto the team's scale, the original label kept", () => {
    const { format, records, errors } = parseFactChecks(fixture("fact-check-tools.json"), { now });
    expect(format).toBe("json");
    expect(records.map((r) => [r.location, r.verdict, r.label, r.lang])).toEqual([
      ["claims[0].claimReview[0]", "fake", "Ложь", "ru"],
      ["claims[1].claimReview[0]", "fake", "Жалған", "kk"],
      ["claims[1].claimReview[1]", "misleading", "Mostly false", "en"],
    ]);
    expect(records[0]).toMatchObject({
      key: "url https://factcheck.kz/claim-checking/almaty-karantin-fake",
      reviewUrl: "https://factcheck.kz/claim-checking/almaty-karantin-fake/",
      reviewedAt: "2025-11-03T10:00:00.000Z",
      publisher: "Factcheck.kz",
      claimant: "Telegram-канал «Алматы Сегодня»",
    });
    expect(errors.map((e) => [e.location, e.code, e.value])).toEqual([
      ["claims[2].claimReview[0]", "unknownLabel", "Spicy"],
      ["claims[3].claimReview[0]", "missingClaimText", null],
    ]);
    expect(factCheckMessage("unknownLabel", "Spicy")).toContain('--map "Spicy=fake"');
  });

  it("takes the user's label mapping before the defaults", () => {
    const { records, errors } = parseFactChecks(fixture("fact-check-tools.json"), {
      now,
      labelMap: { spicy: "misleading", "MOSTLY FALSE": "fake" },
    });
    expect(errors.map((e) => e.code)).toEqual(["missingClaimText"]);
    expect(records.map((r) => [r.label, r.verdict])).toEqual([
      ["Ложь", "fake"],
      ["Жалған", "fake"],
      ["Mostly false", "fake"],
      ["Spicy", "misleading"],
    ]);
  });

  it("reads JSON Lines: ClaimReview objects rated without a label, located errors by line", () => {
    const { format, records, errors } = parseFactChecks(fixture("claim-reviews.jsonl"), { now });
    expect(format).toBe("jsonl");
    expect(records.map((r) => [r.location, r.verdict, r.label])).toEqual([
      ["line 1: claimReview[0]", "misleading", "Манипуляция"],
      ["line 2: ClaimReview", "misleading", "2/5"],
    ]);
    expect(errors.map((e) => [e.location, e.code])).toEqual([
      ["line 3", "notJson"],
      ["line 4", "noClaimReviews"],
    ]);
  });

  it("reads the ClaimReview JSON-LD of a saved page, a broken block located and skipped", () => {
    const { format, records, errors } = parseFactChecks(fixture("saved-review-page.html"), { now });
    expect(format).toBe("html");
    expect(records).toEqual([
      expect.objectContaining({
        location: "JSON-LD block 2: @graph[1]",
        verdict: "fake",
        label: "Ложь",
        publisher: "Factcheck.kz",
        claimant: "Анонимный блогер",
        appearanceUrl: "https://t.me/some_channel/1234",
        reviewedAt: "2025-06-10T04:00:00.000Z",
      }),
    ]);
    expect(errors.map((e) => [e.location, e.code])).toEqual([["JSON-LD block 1", "badJsonLd"]]);
  });

  it("reads a CSV through a column mapping, bad rows located by record and line", () => {
    const { format, records, errors } = parseFactChecks(fixture("desk-archive.csv"), {
      now,
      columnMap: { verdict: "Оценка" },
    });
    expect(format).toBe("csv");
    expect(records.map((r) => [r.location, r.verdict, r.label, r.lang])).toEqual([
      ["record 1 (line 2)", "misleading", "Скорее ложь", "ru"],
      ["record 2 (line 3)", "fake", "Жалған", "kk"],
    ]);
    expect(errors.map((e) => [e.location, e.code, e.value])).toEqual([
      ["record 3 (line 4)", "badDate", "когда-то осенью"],
      ["record 4 (line 5)", "missingClaimText", null],
    ]);
    const refused = parseFactChecks(fixture("desk-archive.csv"), { now, columnMap: { claimText: "Claim" } });
    expect(refused.errors).toEqual([expect.objectContaining({ location: "line 1", code: "unknownColumn" })]);
  });

  it("keys a review without URL by its text, date and publisher, and reads a record met twice once", () => {
    const review = {
      "@type": "ClaimReview",
      claimReviewed: "Claim",
      datePublished: "2025-01-02",
      reviewRating: { alternateName: "False" },
    };
    const bytes = new TextEncoder().encode(
      JSON.stringify([review, { ...review, author: { name: "Other desk" } }, review]),
    );
    const { records, errors } = parseFactChecks(bytes, { now });
    expect(records).toHaveLength(2);
    expect(records[0]?.key).toMatch(/^text [0-9a-f]{64}$/);
    expect(records[0]?.key).not.toBe(records[1]?.key);
    expect(errors).toEqual([expect.objectContaining({ location: "[2]", code: "duplicateInFile", value: "[0]" })]);
  });
});
