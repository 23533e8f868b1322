import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UI_LOCALES, ZChangePasswordInput } from "./auth.ts";
import { ZPageNumber } from "./bounds.ts";
import { ZSaveChecklistInput } from "./checklist.ts";
import { ZSourceAddInput } from "./ingest.ts";
import { ZMetricsInput } from "./metrics.ts";
import { ZDefineTagInput } from "./tags.ts";
import { ZDefineVerdictLabelInput } from "./verdict-scale.ts";
import {
  BUILT_IN_ISSUE_MESSAGES,
  describeIssue,
  flattenIssuesInEnglish,
  wordIssue,
  type TIssueMessageId,
} from "./validation-issues.ts";
import { VALIDATION_MESSAGES } from "./validation-messages.ts";

const ALL: Record<string, Record<string, string>> = { ...VALIDATION_MESSAGES, ...BUILT_IN_ISSUE_MESSAGES };
const placeholders = (wording: string) => [...wording.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Inputs that raise every worded issue with a placeholder: the issue must carry that parameter. */
const RAISERS: [z.ZodType, unknown][] = [
  [ZChangePasswordInput, { currentPassword: "x", newPassword: "short" }],
  [ZSaveChecklistInput, { items: [{ text: "x".repeat(301), required: false }] }],
  [ZSaveChecklistInput, { items: Array.from({ length: 31 }, () => ({ text: "x", required: false })) }],
  [ZSourceAddInput, { name: "s", url: `https://example.kz/${"a".repeat(4000)}`, pollMinutes: 1 }],
  [ZDefineTagInput, { name: "t".repeat(61), colour: "#000000" }],
  [
    ZDefineVerdictLabelInput,
    { wording: { kk: "l".repeat(61), ru: "Ложь", en: "False" }, colour: "#000000", rating: 1, meaning: "fake" },
  ],
  [ZPageNumber, 10_001],
  [z.string().min(3), "ab"],
  [z.string().max(3), "abcd"],
  [z.array(z.string()).min(2), ["a"]],
  [z.array(z.string()).max(1), ["a", "b"]],
  [z.number().min(2), 1],
  [z.number().max(2), 3],
];

describe("validation messages", () => {
  it("word every message id in kk, ru and en, with the same placeholders in each", () => {
    for (const [id, wording] of Object.entries(ALL)) {
      for (const locale of UI_LOCALES) expect(wording[locale]?.trim(), `${id} in ${locale}`).toBeTruthy();
      for (const locale of UI_LOCALES)
        expect(placeholders(wording[locale] ?? ""), `${id} in ${locale}`).toEqual(placeholders(wording.en ?? ""));
    }
  });

  it("raise each wording with placeholders from an issue that carries every one of them", () => {
    const raised = new Set<TIssueMessageId>();
    for (const [schema, input] of RAISERS) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) {
        const described = describeIssue(issue);
        raised.add(described.messageId);
        const wording = ALL[described.messageId] ?? {};
        for (const name of placeholders(wording.en ?? ""))
          expect(described.params, `${described.messageId} needs {${name}}`).toHaveProperty(name ?? "");
        for (const locale of UI_LOCALES) expect(wordIssue(described, locale)).not.toMatch(/\{\w+\}/);
      }
    }
    const withPlaceholders = Object.keys(ALL).filter((id) => placeholders(ALL[id]?.en ?? "").length > 0);
    expect(withPlaceholders.filter((id) => !raised.has(id as TIssueMessageId))).toEqual([]);
  });

  it("send a contract's message as its id and word it in the reader's language", () => {
    const result = ZMetricsInput.safeParse({ from: "2026-03-10", to: "2026-03-01" });
    const issue = describeIssue(result.error?.issues[0] ?? ({} as z.core.$ZodIssue));
    expect(issue).toEqual({ path: ["to"], code: "custom", messageId: "metrics.rangeReversed", params: {} });
    expect(wordIssue(issue, "kk")).toBe("Кезеңнің басы соңынан кейін тұр");
    expect(wordIssue(issue, "ru")).toBe("Начало периода позже его конца");
  });

  it("words zod's own checks by their code and bound", () => {
    const tooLong = z.object({ name: z.string().max(5) }).safeParse({ name: "abcdefg" });
    expect(wordIssue(describeIssue(tooLong.error?.issues[0] ?? ({} as z.core.$ZodIssue)), "ru")).toBe(
      "Не более 5 символов",
    );
    const badUrl = z.object({ link: z.url() }).safeParse({ link: "nope" });
    expect(describeIssue(badUrl.error?.issues[0] ?? ({} as z.core.$ZodIssue)).messageId).toBe("issue.invalidUrl");
    const badUuid = z.object({ id: z.uuid() }).safeParse({ id: "nope" });
    expect(describeIssue(badUuid.error?.issues[0] ?? ({} as z.core.$ZodIssue)).messageId).toBe("issue.invalidUuid");
  });

  it("keeps English for API clients: the contract's English wording, zod's message otherwise", () => {
    const result = z
      .object({ password: ZChangePasswordInput.shape.newPassword, n: z.number().max(2) })
      .safeParse({ password: "short", n: 3 });
    const flat = flattenIssuesInEnglish(result.error?.issues ?? []);
    expect(flat.fieldErrors.password).toEqual(["Use at least 12 characters"]);
    expect(flat.fieldErrors.n).toEqual([result.error?.issues[1]?.message]);
  });
});
