import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  ZClaimById,
  ZFactCheckImportInput,
  ZFactCheckImportReport,
  ZFactCheckPreview,
  ZImportedNotice,
} from "@tekser/contracts";
import { claimImportedNotices } from "@tekser/domain/archive-import/claim-imported-notices.ts";
import { previewFactChecks } from "@tekser/domain/archive-import/fact-check-preview.ts";
import { importFactChecks } from "@tekser/domain/archive-import/import-fact-checks.ts";
import { importerProcedure, staffProcedure } from "../trpc.ts";

const bytesOf = (content: string) => new TextEncoder().encode(content);

export const archiveImportRouter = {
  /** What importing the file would do: its first records with mapped verdicts, and every error. */
  preview: importerProcedure
    .input(ZFactCheckImportInput)
    .output(ZFactCheckPreview)
    .mutation(({ ctx, input }) =>
      previewFactChecks(
        ctx.db,
        ctx.actor,
        { name: input.name, bytes: bytesOf(input.content) },
        { labelMap: input.labelMap, columnMap: input.columnMap },
      ),
    ),

  run: importerProcedure
    .input(ZFactCheckImportInput)
    .output(ZFactCheckImportReport)
    .mutation(({ ctx, input }) =>
      importFactChecks(
        ctx.db,
        ctx.actor,
        "dashboard",
        { name: input.name, bytes: bytesOf(input.content) },
        { labelMap: input.labelMap, columnMap: input.columnMap },
      ),
    ),

  /** The notices published elsewhere that were imported onto a claim. */
  claimNotices: staffProcedure
    .input(ZClaimById)
    .output(z.array(ZImportedNotice))
    .query(({ ctx, input }) => claimImportedNotices(ctx.db, input.id)),
} satisfies TRPCRouterRecord;
