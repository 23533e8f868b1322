import { z } from "zod";
import { validationMessage } from "./validation-messages.ts";

/**
 * Upper bounds for numbers a client sends. Without them a huge value passes validation and
 * fails in the database (an int4 column, an OFFSET overflow) as an internal error instead of
 * a clear refusal.
 */
export const INPUT_BOUNDS = {
  /** A table never has this many pages at any per-page size the dashboard offers. */
  maxPage: 10_000,
  /** Revisions and versions are PostgreSQL int4 columns. */
  maxInt4: 2_147_483_647,
} as const;

/** A 1-based page number. */
export const ZPageNumber = z.number().int().min(1).max(INPUT_BOUNDS.maxPage, validationMessage("table.pageTooFar"));

/** A revision or version counter the client saw (an int4 in the database). */
export const ZRevisionNumber = z.number().int().nonnegative().max(INPUT_BOUNDS.maxInt4);
