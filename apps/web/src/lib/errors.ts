import type { TAppErrorCode } from "@tekser/contracts";
import type { MessageKey } from "../i18n/en.ts";
import { i18n, t } from "../i18n/t.ts";

/**
 * Readers for the server's error shape (`error.data.appError`, `error.data.zodIssues`), written
 * against `unknown` so they work for query and mutation errors alike. Never match message text.
 */
interface ErrorData {
  httpStatus?: number;
  appError?: { code: TAppErrorCode; message: string; details: Record<string, unknown> | null } | null;
  zodIssues?: { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> } | null;
}

function dataOf(error: unknown): ErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error).data;
  return typeof data === "object" && data !== null ? (data) : null;
}

export function appErrorCode(error: unknown): TAppErrorCode | null {
  return dataOf(error)?.appError?.code ?? null;
}

/** The domain error's details (e.g. which checklist items are missing), or an empty object. */
export function appErrorDetails(error: unknown): Record<string, unknown> {
  return dataOf(error)?.appError?.details ?? {};
}

export function httpStatusOf(error: unknown): number | null {
  return dataOf(error)?.httpStatus ?? null;
}

/** Field messages from the server's flattened zod issues, keyed by top-level input field. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  return dataOf(error)?.zodIssues?.fieldErrors ?? {};
}

/** An error's plain details (e.g. `retryAfterSeconds`) as values for the message's `{placeholders}`. */
function placeholdersOf(details: Record<string, unknown> | null): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(details ?? {}).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"),
  );
}

/** The message to show a person: the domain message, else zod issues, else a generic line. */
export function errorMessage(error: unknown): string {
  const data = dataOf(error);
  if (!data) return t("error.network");
  if (data.appError) {
    // Codes the team meets daily have a message in the user's language; the rest keep the server's.
    const key = `error.code.${data.appError.code}`;
    return i18n.exists(key) ? t(key as MessageKey, placeholdersOf(data.appError.details)) : data.appError.message;
  }
  const issues = data.zodIssues ? [...data.zodIssues.formErrors, ...Object.values(data.zodIssues.fieldErrors).flat()] : [];
  return issues.length > 0 ? issues.join(" ") : t("error.generic");
}

/** Client-side check with the same contract zod schema the server uses; issues keyed by top-level field. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_form");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
