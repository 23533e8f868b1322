import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ZLang, ZVerdict, ZClaimStatus } from "@tekser/contracts";
import { z } from "zod";

const SEED_DATA_DIR = path.resolve(import.meta.dirname, "../seed-data");

const ZDemoPost = z.object({
  platform: z.enum(["telegram", "vk", "x"]),
  channel: z.string(),
  url: z.string().url(),
  author: z.string().nullable().optional(),
  publishedAt: z.iso.datetime({ offset: true }),
  text: z.string().min(1),
  views: z.number().int().nonnegative().nullable().optional(),
  reposts: z.number().int().nonnegative().nullable().optional(),
  claimKey: z.string(),
});
export type TDemoPost = z.infer<typeof ZDemoPost>;

const ZNoticeText = z.object({ headline: z.string().min(1), summary: z.string().min(1) });

const ZDemoClaim = z.object({
  claimKey: z.string(),
  title: z.string().min(1),
  lang: ZLang,
  status: ZClaimStatus,
  priority: z.number().int().min(1).max(3),
  items: z.array(z.string()).min(1),
  verdict: ZVerdict.optional(),
  rationale: z.string().optional(),
  evidence: z.array(z.object({ url: z.string().url(), note: z.string() })).optional(),
  closeReason: z.string().optional(),
  notice: z.object({ kk: ZNoticeText.optional(), ru: ZNoticeText.optional(), en: ZNoticeText.optional() }).optional(),
  /** Corrections made after publication, in order, each through the real correction service. */
  corrections: z
    .array(ZNoticeText.extend({ lang: z.enum(["kk", "ru", "en"]), changeNote: z.string().min(1) }))
    .optional(),
});
export type TDemoClaim = z.infer<typeof ZDemoClaim>;

export function readDemoPosts(): TDemoPost[] {
  return z.array(ZDemoPost).parse(JSON.parse(readFileSync(path.join(SEED_DATA_DIR, "posts.json"), "utf8")));
}

export function readDemoClaims(): TDemoClaim[] {
  return z.array(ZDemoClaim).parse(JSON.parse(readFileSync(path.join(SEED_DATA_DIR, "claims.json"), "utf8")));
}

/** Page dumps by the reference the claims use: `pages/<file>` and `seed:<file>`. */
export function readDemoPages(): { ref: string; name: string; bytes: Uint8Array }[] {
  const pagesDir = path.join(SEED_DATA_DIR, "pages");
  const pages = readdirSync(pagesDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ ref: `pages/${file}`, name: file, bytes: readFileSync(path.join(pagesDir, file)) }));
  const seedPage = "qazaq24-article-page.txt";
  pages.unshift({ ref: `seed:${seedPage}`, name: seedPage, bytes: readFileSync(path.join(SEED_DATA_DIR, seedPage)) });
  return pages;
}
