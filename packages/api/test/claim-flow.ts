import { readFileSync } from "node:fs";
import type { Db } from "@tekser/db";
import { fixtureUrl } from "@tekser/fixtures";
import { loggedIn } from "./harness.ts";

const seedPage = readFileSync(fixtureUrl("qazaq24-article-page.txt"), "utf8");

/** Ingests the seed page and submits a verdict on its article's claim, awaiting the second person. */
export async function submittedSeedClaim(db: Db) {
  const reviewer = await loggedIn(db, "reviewer");
  const editor = await loggedIn(db, "editor");
  await reviewer.caller.ingest.paste({ name: "qazaq24-article-page.txt", content: seedPage });
  const [row] = (await reviewer.caller.claim.list({ filters: { text: "Ақпараттық штаб" } })).rows;
  if (!row) throw new Error("the seed page's claim was not created");
  const claim = await reviewer.caller.claim.byId({ id: row.id });
  const { reviewId } = await reviewer.caller.review.setVerdict({
    claimId: claim.id,
    revision: claim.revision,
    verdict: "verified",
    rationale: "Announced at the Public Communications Centre briefing.",
    evidence: [{ url: "https://aikyn.kz/", note: "Original report" }],
  });
  return { claimId: claim.id, reviewId, reviewer, editor };
}

/** Ingests the seed page and takes its article's claim through a verdict and its approval. */
export async function decidedSeedClaim(db: Db) {
  const { claimId, reviewId, reviewer, editor } = await submittedSeedClaim(db);
  await editor.caller.review.approve({ reviewId, comment: "Checked" });
  return { claimId, reviewer, editor };
}

/** Ingests the seed page and takes its article's claim through verdict, approval and publication. */
export async function publishSeedClaim(db: Db) {
  const { claimId, reviewer, editor } = await decidedSeedClaim(db);
  const { noticeId } = await editor.caller.notice.publish({
    claimId,
    lang: "kk",
    headline: "Штаб құрылды",
    summary: "Расталды.",
  });
  return { claimId, noticeId, reviewer, editor };
}
