import { validationMessage } from "./validation-messages.ts";
import { z } from "zod";
import { ZItemKind, ZLang } from "./enums.ts";
import { httpUrlField } from "./http-url.ts";
import { INGEST_ERROR_CODES } from "./ingest-error-messages.ts";
import { tablePage, tableQuery } from "./table.ts";

const ZIsoTime = z.iso.datetime({ offset: true });

/** One normalised item as a parser produces it (no database ids yet). */
export const ZParsedItem = z.object({
  kind: ZItemKind,
  /** Where in the input this item was found: a line, JSON path or record index. */
  location: z.string(),
  /** `location` of the item this one was found inside (a most-read headline inside a page). */
  parentLocation: z.string().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  /** The site that carried the item (e.g. qazaq24.com). */
  site: z.string(),
  /** The outlet the site attributes the content to (e.g. aikyn.kz), when it names one. */
  originalSource: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  lang: ZLang,
  publishedAt: ZIsoTime.nullable(),
  /**
   * When the source says this text was last edited (Telegram `edited` / `edit_date`); absent for
   * formats that carry no edit time. Decides which version of an item is current.
   */
  editedAt: ZIsoTime.nullable().optional(),
  archivedAt: ZIsoTime.nullable(),
  author: z.string().nullable(),
  views: z.number().int().nonnegative().nullable(),
  reposts: z.number().int().nonnegative().nullable(),
  links: z.array(z.string()),
  mediaUrls: z.array(z.string()),
  /** Canonical URLs of the same article in other languages (a page's hreflang alternates). */
  languageVersions: z.array(z.string()),
});
export type TParsedItem = z.infer<typeof ZParsedItem>;

/** A record a parser could not accept, located so a person can fix and re-run it. */
export const ZIngestError = z.object({
  input: z.string(),
  location: z.string(),
  /** In English, for the CLI, the pull API and the stored run. */
  message: z.string(),
  /** What the dashboard words in the user's language (`INGEST_ERROR_MESSAGES`), when the parser gives one. */
  code: z.enum(INGEST_ERROR_CODES).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type TIngestError = z.infer<typeof ZIngestError>;

export const ZIngestReportItem = z.object({
  id: z.string(),
  kind: ZItemKind,
  url: z.string().nullable(),
  title: z.string().nullable(),
  lang: ZLang,
  publishedAt: ZIsoTime.nullable(),
  author: z.string().nullable(),
  views: z.number().nullable(),
  source: z.string(),
  originalSource: z.string().nullable(),
  archivedAt: ZIsoTime.nullable(),
  duplicate: z.boolean(),
  /** 1 for a new item; higher when this input brought an edited version of a known item. */
  version: z.number().int().positive(),
});
export type TIngestReportItem = z.infer<typeof ZIngestReportItem>;

/** The report of one ingest run; `pnpm tekser ingest --json` prints exactly this. */
export const ZIngestReport = z.object({
  runId: z.string(),
  /** New items plus new versions of known items (`edited`). */
  accepted: z.number().int(),
  edited: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  items: z.array(ZIngestReportItem),
  errors: z.array(ZIngestError),
});
export type TIngestReport = z.infer<typeof ZIngestReport>;

/** Dashboard ingest: pasted text or an uploaded file's content. */
export const ZIngestPasteInput = z.object({
  name: z.string().min(1).max(300),
  content: z.string().min(1, validationMessage("ingest.contentEmpty")).max(20_000_000),
});
export type TIngestPasteInput = z.infer<typeof ZIngestPasteInput>;

/** The largest single input ingest reads: a file for the CLI, an upload from the dashboard. */
export const MAX_INGEST_INPUT_BYTES = 256 * 1024 * 1024;

/** `POST /ingest/upload?name=…`: the body is the file's bytes, decoded by the server's ingest. */
export const ZIngestUploadQuery = z.object({ name: ZIngestPasteInput.shape.name });
export const INGEST_UPLOAD_PATH = "/ingest/upload";

// ─── Source registry (feeds and pages the server polls) ─────────────────────

export const SOURCE_KINDS = ["page", "feed", "telegram", "x", "vk", "csv", "manual"] as const;

export const SOURCE_SORTABLE = ["name", "lastSuccessAt", "failureCount"] as const;
export const SOURCE_STATES = ["enabled", "disabled"] as const;
export const ZSourceListInput = tableQuery([...SOURCE_SORTABLE], { state: z.enum(SOURCE_STATES) });
export type TSourceListInput = z.infer<typeof ZSourceListInput>;

/** A source with its health: last success and error, failures in a row, items in the last 24 h. */
export const ZSourceRow = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  name: z.string(),
  url: z.string().nullable(),
  enabled: z.boolean(),
  pollMinutes: z.number().int(),
  lastSuccessAt: ZIsoTime.nullable(),
  lastErrorAt: ZIsoTime.nullable(),
  lastError: z.string().nullable(),
  failureCount: z.number().int(),
  nextPollAt: ZIsoTime.nullable(),
  itemsLastDay: z.number().int(),
});
export type TSourceRow = z.infer<typeof ZSourceRow>;
export const ZSourceListOutput = tablePage(ZSourceRow);

export const ZSourceAddInput = z.object({
  name: z.string().trim().min(1, validationMessage("source.nameRequired")).max(200),
  url: httpUrlField(validationMessage("source.urlInvalid")),
  kind: z.enum(["feed", "page"]).default("feed"),
  pollMinutes: z
    .number()
    .int()
    .min(5, validationMessage("source.pollTooOften"))
    .max(24 * 60)
    .default(30),
});
export type TSourceAddInput = z.infer<typeof ZSourceAddInput>;

/** A registered source's settings as staff edit them; a changed URL is checked like a new one. */
export const ZSourceEditInput = ZSourceAddInput.extend({ id: z.uuid() });
export type TSourceEditInput = z.infer<typeof ZSourceEditInput>;

/** A disabled source stays in the registry with its history but is not polled. */
export const ZSourceSetEnabledInput = z.object({ id: z.uuid(), enabled: z.boolean() });
export type TSourceSetEnabledInput = z.infer<typeof ZSourceSetEnabledInput>;
