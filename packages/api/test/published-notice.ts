import { readFileSync } from "node:fs";
import type { Db } from "@tekser/db";
import { fixtureUrl } from "@tekser/fixtures";
import { loggedIn } from "./harness.ts";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");

/**
 * Walks the seed page through ingest, a four-eyes verdict and publication by an editor, and
 * returns the editor and the notice: the starting point of every publishing test.
 */
export async function publishSeedNotice(db: Db, headline = "Ақпараттық штаб шынымен құрылды") {
  const reviewer = await loggedIn(db, "reviewer");
  const editor = await loggedIn(db, "editor");
  await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
  const queue = await reviewer.caller.claim.list({ filters: { text: "Ақпараттық штаб" } });
  const claimId = queue.rows[0]?.id;
  if (!claimId) throw new Error("the seed page made no claim");
  const claim = await reviewer.caller.claim.byId({ id: claimId });
  const { reviewId } = await reviewer.caller.review.setVerdict({
    claimId,
    revision: claim.revision,
    verdict: "verified",
    rationale: "The Public Communications Centre announced the information headquarters at a briefing.",
    evidence: [{ url: "https://aikyn.kz/", note: "Original report" }],
  });
  await editor.caller.review.approve({ reviewId, comment: "Checked the source" });
  const { noticeId } = await editor.caller.notice.publish({
    claimId,
    lang: "kk",
    headline,
    summary: "Тәуелсіз байқаушылардың ақпараттық штабы туралы хабар расталды.",
  });
  return { reviewer, editor, claimId, noticeId };
}
