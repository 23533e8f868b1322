import { type TAppErrorCode, type TUiLocale } from "@tekser/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { setLocale } from "../i18n/t.ts";
import { errorMessage } from "./errors.ts";

/** A tRPC client error as the server sends a domain refusal. */
const refusal = (
  code: TAppErrorCode,
  details: Record<string, unknown> | null,
  message = `English message for ${code}`,
) => ({
  message,
  data: { httpStatus: 400, appError: { code, message, details } },
});

/** A run of two or more Latin-alphabet words: English prose that slipped through. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}\b(?:[\s,.:;()]+[A-Za-z]{2,}\b)+/;

/** One refusal of each family the dashboard meets, with the details the server sends. */
const FAMILIES: [TAppErrorCode, Record<string, unknown> | null][] = [
  ["ROLE_NOT_ALLOWED", { allowedRoles: ["reviewer", "admin"], role: "editor" }],
  ["EVIDENCE_URL_REFUSED", { field: "evidence.1.url", url: "http://127.0.0.1:8080/esep", position: 2 }],
  ["CHECKLIST_CHANGED", { field: "checklist.0" }],
  ["CHECKLIST_ITEM_GONE", { field: "items.2.id", position: 3 }],
  ["VERDICT_NOT_FOUND", { reviewId: "00000000-0000-4000-8000-000000000001" }],
  ["SAVED_VIEW_NOT_FOUND", { viewId: "00000000-0000-4000-8000-000000000002" }],
  ["ITEM_NOT_FOUND", { itemId: "00000000-0000-4000-8000-000000000003" }],
  ["ITEM_NOT_IN_CLAIM", { itemId: "00000000-0000-4000-8000-000000000003" }],
  ["WEBHOOK_NOT_FOUND", { webhookId: "00000000-0000-4000-8000-000000000004" }],
  ["WEBHOOK_LIMIT", { field: "url", limit: 10, newsroom: "Астана Ақшамы" }],
  ["TOKEN_NOT_FOUND", { tokenId: "00000000-0000-4000-8000-000000000005" }],
  ["TOKEN_REVOKED", null],
  ["SESSION_NOT_FOUND", null],
  ["NOTIFICATION_NOT_FOUND", { notificationId: "00000000-0000-4000-8000-000000000006" }],
  ["TOTP_ENROLMENT_NOT_STARTED", null],
  ["CHECKPOINT_NOT_FOUND", { seq: "42" }],
  ["TIP_NOT_FOUND", { tipId: "00000000-0000-4000-8000-000000000007" }],
  ["COMMENT_NOT_FOUND", null],
  ["INVALID_SINCE_CURSOR", { since: "-1" }],
  ["UPLOAD_EMPTY", { name: "хабарлар.csv" }],
];

const SHOWN_AS_IS = new Set(["url", "position", "limit", "newsroom", "seq", "since", "name"]);

describe("[WEB][I18N][ERRORS] domain refusals are worded in the user's language from their code and details", () => {
  afterAll(() => setLocale("en"));

  for (const locale of ["kk", "ru"] as const satisfies readonly TUiLocale[]) {
    it(`under ${locale}, each family reads in ${locale} with its details filled in, never the server's English`, async () => {
      await setLocale(locale);
      for (const [code, details] of FAMILIES) {
        const shown = errorMessage(refusal(code, details));
        expect(shown, code).not.toContain("English message");
        expect(shown, code).not.toMatch(/\{\w+\}/);
        expect(shown, code).not.toMatch(ENGLISH_RUN);
        // What the person can act on is named: a position, a limit, a name, a URL (role ids are worded, ids and field paths are not shown).
        for (const [name, value] of Object.entries(details ?? {})) {
          if (!SHOWN_AS_IS.has(name)) continue;
          expect(shown, `${code} names its ${name}`).toContain(String(value));
        }
      }
    });
  }

  it("words the roles of a role refusal in the user's language", async () => {
    await setLocale("ru");
    expect(errorMessage(refusal("ROLE_NOT_ALLOWED", { allowedRoles: ["reviewer", "admin"], role: "editor" }))).toBe(
      "Это действие доступно только ролям: фактчекер, администратор; ваша роль — редактор.",
    );
    await setLocale("kk");
    expect(errorMessage(refusal("ROLE_NOT_ALLOWED", { allowedRoles: ["auditor", "admin"], role: "reviewer" }))).toBe(
      "Бұл әрекет тек мына рөлдерге қолжетімді: аудитор, әкімші; сіздің рөліңіз — тексеруші.",
    );
  });

  it("falls back to the wording of the error's kind when the details its own wording names did not come", async () => {
    await setLocale("ru");
    expect(errorMessage(refusal("ROLE_NOT_ALLOWED", null))).toBe("У вас нет права на это действие.");
  });

  it("shows the server's English only to English readers, and a wording of its kind otherwise, for a code without its own wording", async () => {
    await setLocale("en");
    expect(errorMessage(refusal("NOT_FOUND", null, "No such thing"))).toBe("No such thing");
    await setLocale("kk");
    expect(errorMessage(refusal("NOT_FOUND", null, "No such thing"))).toBe(
      "Табылмады: ол жойылған болуы мүмкін. Бетті қайта жүктеңіз.",
    );
  });
});
