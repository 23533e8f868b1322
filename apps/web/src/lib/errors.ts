import {
  APP_ERROR_CODES,
  ROLES,
  describeIssue,
  wordIssue,
  wordedIssuesByField,
  type TAppErrorCode,
  type TDescribedIssue,
  type TRole,
} from "@tekser/contracts";
import type { MessageKey } from "../i18n/en/index.ts";
import { currentLocale, i18n, t } from "../i18n/t.ts";

/**
 * Readers for the server's error shape (`error.data.appError`, `error.data.zodIssues`), written
 * against `unknown` so they work for query and mutation errors alike. Never match message text.
 */
interface ErrorData {
  httpStatus?: number;
  appError?: { code: TAppErrorCode; message: string; details: Record<string, unknown> | null } | null;
  /** `issues` are message ids with parameters; the flattened English beside them is for API clients. */
  zodIssues?: { issues?: TDescribedIssue[] } | null;
}

const isRole = (value: unknown): value is TRole => (ROLES as readonly unknown[]).includes(value);

function dataOf(error: unknown): ErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  return typeof data === "object" && data !== null ? data : null;
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

function serverIssues(data: ErrorData | null): TDescribedIssue[] {
  return data?.zodIssues?.issues ?? [];
}

/** The server's validation issues in the user's language, keyed by top-level input field. */
export function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  const fields: Record<string, string[]> = {};
  for (const issue of serverIssues(dataOf(error))) {
    if (issue.path.length === 0) continue;
    (fields[String(issue.path[0])] ??= []).push(wordIssue(issue, currentLocale()));
  }
  return fields;
}

const wordedRole = (role: unknown) => (isRole(role) ? t(`role.${role}`) : String(role));

/**
 * An error's plain details (e.g. `retryAfterSeconds`) as values for the message's `{placeholders}`;
 * role ids (`role`, `allowedRoles`) are worded in the user's language.
 */
function placeholdersOf(details: Record<string, unknown> | null): Record<string, string | number> {
  const plain = Object.entries(details ?? {}).filter(
    (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
  );
  const roles = details?.allowedRoles;
  return {
    ...Object.fromEntries(plain),
    ...(details?.role === undefined ? {} : { role: wordedRole(details.role) }),
    ...(Array.isArray(roles) ? { allowedRoles: roles.map(wordedRole).join(", ") } : {}),
  };
}

/** The message to show a person: the domain message, else zod issues, else a generic line. */
export function errorMessage(error: unknown): string {
  const data = dataOf(error);
  if (!data) return t("error.network");
  if (data.appError) {
    // Codes the team meets daily have a message in every language. For the rest, English readers
    // get the server's own message and the others a wording of the error's kind, never English.
    const key = `error.code.${data.appError.code}`;
    // A wording whose details did not come (an older server, another route) is not shown with
    // its placeholders in it: the kind's wording below says enough.
    const worded = i18n.exists(key) ? t(key as MessageKey, placeholdersOf(data.appError.details)) : null;
    if (worded !== null && !/\{\w+\}/.test(worded)) return worded;
    if (currentLocale() === "en") return data.appError.message;
    const statusKey = `error.status.${APP_ERROR_CODES[data.appError.code]}`;
    return i18n.exists(statusKey) ? t(statusKey as MessageKey) : t("error.generic");
  }
  const issues = serverIssues(data).map((issue) => wordIssue(issue, currentLocale()));
  return issues.length > 0 ? issues.join(" ") : t("error.generic");
}

/**
 * Client-side check with the same contract zod schema the server uses; issues keyed by top-level
 * field, worded as the server's issues are.
 */
export function issuesByField(issues: Parameters<typeof wordedIssuesByField>[0]): Record<string, string[]> {
  return wordedIssuesByField(issues, currentLocale());
}

/** One issue of a client-side check, worded as the server's issues are. */
export function wordedIssue(issue: Parameters<typeof describeIssue>[0]): string {
  return wordIssue(describeIssue(issue), currentLocale());
}
