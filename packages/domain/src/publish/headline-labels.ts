import { withoutVerdictLabel } from "@tekser/contracts";
import type { Tx } from "@tekser/db";
import { AppError } from "../shared/errors.ts";

/**
 * Every wording the desk's verdicts have carried: the scale's labels in kk/ru/en (retired ones
 * too) and the wordings copied into published versions, which outlive a label's later rewording.
 */
async function teamLabelWordings(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ wording: string }[]>`
    SELECT DISTINCT wording FROM (
      SELECT unnest(ARRAY["labelKk", "labelRu", "labelEn"]) AS wording FROM "VerdictLabel"
      UNION
      SELECT "snapshot"->'verdictLabel'->'wording'->>lang FROM "NoticeVersion", unnest(ARRAY['kk', 'ru', 'en']) AS lang
      WHERE "snapshot" ? 'verdictLabel'
    ) AS wordings
    WHERE wording IS NOT NULL AND wording <> ''`;
  return rows.map((row) => row.wording);
}

/**
 * The headline without any verdict label typed before it, the team's own included: the page and
 * the feeds put the label there once. A headline that was nothing but labels is refused.
 */
export async function headlineWithoutTeamLabels(tx: Tx, headline: string): Promise<string> {
  const rest = withoutVerdictLabel(headline, await teamLabelWordings(tx));
  if (rest === "")
    throw new AppError(
      "NOTICE_HEADLINE_ONLY_LABEL",
      "The headline is only a verdict label; write what the claim says",
      { field: "headline" },
    );
  return rest;
}
