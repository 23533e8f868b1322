import { ingestInputs, SYSTEM_ACTOR, type PublishingDeps } from "@tekser/domain";
import type { Db } from "@tekser/db";
import { applyDemoClaim } from "./demo-claims.ts";
import { readDemoClaims, readDemoPages, readDemoPosts } from "./demo-files.ts";
import { demoPostToItem } from "./demo-posts.ts";
import { ensureDemoUsers, type DemoAccount } from "./demo-users.ts";

export { activeDemoAccounts, DEMO_USERS, ensureDemoUsers, type DemoAccount } from "./demo-users.ts";

const SEED_ACTOR = { ...SYSTEM_ACTOR, name: "demo-data" };

/**
 * Fills an empty database with the demo: accounts for every role, the Qazaq24 seed page and
 * other kk/ru pages and posts, claims in every status and published notices for every verdict,
 * one of them corrected after publication. `accounts` holds the new accounts' one-time
 * passwords, to print once.
 * Does nothing (returns null) when the database already has claims.
 */
export async function loadDemoData(
  db: Db,
  options: { signingKeyPem?: string | undefined } = {},
): Promise<{
  items: number;
  claims: number;
  notices: number;
  accounts: (DemoAccount & { password: string })[];
} | null> {
  if ((await db.claim.count()) > 0) return null;
  const { users, created } = await ensureDemoUsers(db);
  const actorOf = (username: string) => {
    const user = users.get(username);
    if (!user) throw new Error(`demo user ${username} missing`);
    return { id: user.id, name: user.username, role: user.role };
  };

  const itemIdsByRef = new Map<string, string[]>();
  for (const page of readDemoPages()) {
    const report = await ingestInputs(db, SEED_ACTOR, "seed", [page]);
    const articles = report.items.filter((item) => item.kind === "article").map((item) => item.id);
    if (articles.length === 0)
      throw new Error(`demo page ${page.ref} yielded no article: ${JSON.stringify(report.errors)}`);
    itemIdsByRef.set(page.ref, articles);
  }
  const posts = readDemoPosts();
  const postsReport = await ingestInputs(
    db,
    SEED_ACTOR,
    "seed",
    posts.map((post, index) => ({ name: `posts[${index}]`, bytes: new TextEncoder().encode(JSON.stringify(post)) })),
    {
      parse: (input) => {
        const index = Number(/\d+/.exec(input.name)?.[0]);
        const post = posts[index];
        if (!post) throw new Error(`no demo post ${input.name}`);
        return { format: "social-post-json", items: [demoPostToItem(post, index)], errors: [] };
      },
    },
  );
  postsReport.items.forEach((item, index) => itemIdsByRef.set(`posts:${index}`, [item.id]));

  // No webhooks exist yet in a fresh database, so nothing needs the job queue.
  const publishing: PublishingDeps = { signingKeyPem: options.signingKeyPem, jobs: null };
  const actors = { seed: SEED_ACTOR, reviewer: actorOf("reviewer"), editor: actorOf("editor") };
  for (const demo of readDemoClaims()) {
    const itemIds = demo.items.flatMap((ref) => {
      const ids = itemIdsByRef.get(ref);
      if (!ids) throw new Error(`demo claim ${demo.claimKey} names unknown item ${ref}`);
      return ids;
    });
    await applyDemoClaim(db, actors, demo, itemIds, publishing);
  }
  return {
    items: await db.item.count(),
    claims: await db.claim.count(),
    notices: await db.notice.count(),
    accounts: created,
  };
}
