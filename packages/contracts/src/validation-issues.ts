import type { z } from "zod";
import type { TUiLocale } from "./auth.ts";
import { VALIDATION_MESSAGES, isValidationMessageId, type TValidationMessageId } from "./validation-messages.ts";

/**
 * zod's own checks (a field left empty, too long, not a URL…) worded in every dashboard language;
 * zod's built-in messages are English only. `{minimum}` and `{maximum}` come from the issue.
 */
export const BUILT_IN_ISSUE_MESSAGES = {
  "issue.required": { en: "Fill this in", kk: "Бұл өрісті толтырыңыз", ru: "Заполните это поле" },
  "issue.tooShort": {
    en: "Use at least {minimum} characters",
    kk: "Кемінде {minimum} таңба жазыңыз",
    ru: "Нужно не менее {minimum} символов",
  },
  "issue.tooLong": {
    en: "Use at most {maximum} characters",
    kk: "{maximum} таңбадан аспаңыз",
    ru: "Не более {maximum} символов",
  },
  "issue.tooFewItems": {
    en: "Choose at least {minimum}",
    kk: "Кемінде {minimum} таңдаңыз",
    ru: "Выберите не менее {minimum}",
  },
  "issue.tooManyItems": {
    en: "Choose at most {maximum}",
    kk: "{maximum} артық таңдамаңыз",
    ru: "Выберите не более {maximum}",
  },
  "issue.tooSmall": {
    en: "The smallest allowed is {minimum}",
    kk: "Ең кіші рұқсат етілген мән — {minimum}",
    ru: "Наименьшее допустимое значение — {minimum}",
  },
  "issue.tooBig": {
    en: "The largest allowed is {maximum}",
    kk: "Ең үлкен рұқсат етілген мән — {maximum}",
    ru: "Наибольшее допустимое значение — {maximum}",
  },
  "issue.notWholeNumber": { en: "Enter a whole number", kk: "Бүтін сан енгізіңіз", ru: "Введите целое число" },
  "issue.invalidUrl": {
    en: "Enter a full web address (https://…)",
    kk: "Толық веб-мекенжай енгізіңіз (https://…)",
    ru: "Введите полный веб-адрес (https://…)",
  },
  "issue.invalidUuid": {
    en: "This identifier is not valid",
    kk: "Бұл идентификатор жарамсыз",
    ru: "Этот идентификатор недействителен",
  },
  "issue.invalidEmail": {
    en: "Enter an e-mail address",
    kk: "Электрондық пошта мекенжайын енгізіңіз",
    ru: "Введите адрес электронной почты",
  },
  "issue.invalidDate": { en: "Enter a valid date", kk: "Дұрыс күн енгізіңіз", ru: "Введите правильную дату" },
  "issue.invalidFormat": {
    en: "This value is not in the expected form",
    kk: "Бұл мән күтілген түрде емес",
    ru: "Значение не в ожидаемом виде",
  },
  "issue.invalidType": {
    en: "This value is missing or of the wrong kind",
    kk: "Бұл мән жоқ немесе түрі қате",
    ru: "Значение отсутствует или неверного вида",
  },
  "issue.invalidChoice": {
    en: "Choose one of the offered values",
    kk: "Ұсынылған мәндердің бірін таңдаңыз",
    ru: "Выберите одно из предложенных значений",
  },
  "issue.invalid": { en: "This value is not valid", kk: "Бұл мән жарамсыз", ru: "Значение недопустимо" },
} as const satisfies Record<string, Record<TUiLocale, string>>;
export type TBuiltInIssueMessageId = keyof typeof BUILT_IN_ISSUE_MESSAGES;

export type TIssueMessageId = TValidationMessageId | TBuiltInIssueMessageId;
export type TIssueParams = Record<string, string | number>;

/** A validation issue as the server sends it and the dashboard words it: no English in it. */
export interface TDescribedIssue {
  path: (string | number)[];
  /** zod's issue code (`too_small`, `invalid_format`, `custom`…). */
  code: string;
  messageId: TIssueMessageId;
  params: TIssueParams;
}

const DATE_FORMATS = new Set(["date", "datetime", "time"]);

function builtInMessageId(issue: z.core.$ZodIssue): TBuiltInIssueMessageId {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "issue.required" : "issue.tooShort";
      return issue.origin === "array" || issue.origin === "set" ? "issue.tooFewItems" : "issue.tooSmall";
    case "too_big":
      if (issue.origin === "string") return "issue.tooLong";
      return issue.origin === "array" || issue.origin === "set" ? "issue.tooManyItems" : "issue.tooBig";
    case "invalid_format":
      if (issue.format === "url") return "issue.invalidUrl";
      if (issue.format === "uuid" || issue.format === "guid") return "issue.invalidUuid";
      if (issue.format === "email") return "issue.invalidEmail";
      return DATE_FORMATS.has(issue.format) ? "issue.invalidDate" : "issue.invalidFormat";
    case "invalid_type":
      return issue.expected === "int" ? "issue.notWholeNumber" : "issue.invalidType";
    case "invalid_value":
      return "issue.invalidChoice";
    default:
      return "issue.invalid";
  }
}

/** The numbers a wording may name: a bound of a too-small or too-big issue. */
function paramsOf(issue: z.core.$ZodIssue): TIssueParams {
  if (issue.code === "too_small") return { minimum: Number(issue.minimum) };
  if (issue.code === "too_big") return { maximum: Number(issue.maximum) };
  return {};
}

/** A zod issue as a message id with parameters: a contract's own message, else zod's check wording. */
export function describeIssue(issue: z.core.$ZodIssue): TDescribedIssue {
  const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
  const messageId = isValidationMessageId(issue.message) ? issue.message : builtInMessageId(issue);
  return { path, code: issue.code, messageId, params: paramsOf(issue) };
}

const ALL_MESSAGES: Record<TIssueMessageId, Record<TUiLocale, string>> = {
  ...VALIDATION_MESSAGES,
  ...BUILT_IN_ISSUE_MESSAGES,
};

/** Fills `{name}` from the parameters; a name without a parameter stays visible, so a test can catch it. */
export function fillPlaceholders(wording: string, params: TIssueParams): string {
  return wording.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The issue in the given language. */
export function wordIssue(issue: Pick<TDescribedIssue, "messageId" | "params">, locale: TUiLocale): string {
  const wording = ALL_MESSAGES[issue.messageId] as Record<TUiLocale, string> | undefined;
  return fillPlaceholders(wording?.[locale] ?? BUILT_IN_ISSUE_MESSAGES["issue.invalid"][locale], issue.params);
}

/** The issues of a failed parse in the given language, keyed by top-level field (`_form` for the whole). */
export function wordedIssuesByField(issues: readonly z.core.$ZodIssue[], locale: TUiLocale): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const described = describeIssue(issue);
    (fields[String(described.path[0] ?? "_form")] ??= []).push(wordIssue(described, locale));
  }
  return fields;
}

/**
 * `z.flattenError` for API clients and logs: a contract's own message in English, zod's English
 * message otherwise, so the wording API clients have seen stays as it was.
 */
export function flattenIssuesInEnglish(issues: readonly z.core.$ZodIssue[]): {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
} {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const message = isValidationMessageId(issue.message) ? wordIssue(describeIssue(issue), "en") : issue.message;
    const field = issue.path[0];
    if (field === undefined) formErrors.push(message);
    else (fieldErrors[String(field)] ??= []).push(message);
  }
  return { formErrors, fieldErrors };
}
