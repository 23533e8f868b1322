import { readFileSync } from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";
import { createDb } from "@tekser/db";
import { E2E_DATABASE_URL_FILE } from "./database.ts";
import { SAME_ORIGIN_HEADERS } from "./same-origin.ts";

export interface NoticeSeed {
  /** An ingestable document (a news page) whose one item starts the claim. */
  page: { name: string; content: string };
  verdict: "verified" | "fake" | "misleading" | "unverifiable";
  rationale: string;
  evidence: { url: string; note: string }[];
  notice: { lang: "kk" | "ru" | "en"; headline: string; summary: string };
}

/** One tRPC mutation through the dashboard's own endpoint, as whoever `request` is signed in as. */
async function mutate<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${procedure}`, { data: input, headers: SAME_ORIGIN_HEADERS });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** Ingests one page as `reviewer`; returns the claim its item joined, with the revision to write against. */
export async function ingestIntoClaim(
  reviewer: APIRequestContext,
  page: NoticeSeed["page"],
): Promise<{ id: string; revision: number; noticeId: string | null }> {
  const report = await mutate<{ items: { id: string }[] }>(reviewer, "ingest.paste", page);
  const itemId = report.items[0]?.id;
  if (!itemId) throw new Error(`${page.name} was not ingested as an item`);
  const db = createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));
  try {
    const { claim } = await db.item.findUniqueOrThrow({
      where: { id: itemId },
      select: { claim: { select: { id: true, revision: true, notices: { select: { id: true }, take: 1 } } } },
    });
    if (!claim) throw new Error(`item ${itemId} joined no claim`);
    return { id: claim.id, revision: claim.revision, noticeId: claim.notices[0]?.id ?? null };
  } finally {
    await db.$disconnect();
  }
}

/**
 * A claim taken through the whole workflow without its screens, for specs about other things
 * (layout, accessibility): a reviewer ingests a page and submits a verdict, an editor approves it
 * and publishes a notice. Returns the claim's dashboard path and the notice's public path.
 */
export async function publishThroughApi(
  reviewer: APIRequestContext,
  editor: APIRequestContext,
  seed: NoticeSeed,
): Promise<{ claimPath: string; noticePath: string; noticeId: string }> {
  const claim = await ingestIntoClaim(reviewer, seed.page);
  // Called again (a spec's retried setup), the page is a duplicate whose claim is already published.
  if (claim.noticeId)
    return { claimPath: `/claims/${claim.id}`, noticePath: `/notices/${claim.noticeId}`, noticeId: claim.noticeId };
  const { reviewId } = await mutate<{ reviewId: string }>(reviewer, "review.setVerdict", {
    claimId: claim.id,
    revision: claim.revision,
    verdict: seed.verdict,
    rationale: seed.rationale,
    evidence: seed.evidence,
  });
  await mutate(editor, "review.approve", { reviewId });
  const { noticeId } = await mutate<{ noticeId: string }>(editor, "notice.publish", {
    claimId: claim.id,
    ...seed.notice,
  });
  return { claimPath: `/claims/${claim.id}`, noticePath: `/notices/${noticeId}`, noticeId };
}
