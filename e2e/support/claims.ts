import { readdirSync, readFileSync } from "node:fs";
import { expect, type APIRequestContext } from "@playwright/test";

const DEMO_PAGES = new URL("../../prisma/seed-data/pages/", import.meta.url);

/**
 * Ingests the demo news pages (kk and ru) through the dashboard's own tRPC endpoint, as the
 * logged-in user; a second call finds them all duplicates, so specs may call it in any order.
 */
export async function ingestDemoPages(request: APIRequestContext): Promise<void> {
  for (const file of readdirSync(DEMO_PAGES).filter((name) => name.endsWith(".txt"))) {
    const content = readFileSync(new URL(file, DEMO_PAGES), "utf8");
    const response = await request.post("/trpc/ingest.paste", { data: { name: file, content } });
    expect(response.ok(), await response.text()).toBe(true);
  }
}
