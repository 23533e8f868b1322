import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createDb } from "@tekser/db";
import { E2E_PORT } from "../playwright.config.ts";
import { E2E_DATABASE_URL_FILE } from "../support/database.ts";
import { SAME_ORIGIN_HEADERS } from "../support/same-origin.ts";
import { logIn } from "../support/session.ts";
import { E2E_USERS } from "../support/users.ts";

/** The fault a PostgreSQL restart is to the servers' change listeners: their connections end. */
async function cutOffListeners(db: ReturnType<typeof createDb>): Promise<void> {
  const terminated = await db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pg_terminate_backend(pid)`;
  expect(terminated.length).toBeGreaterThan(0);
}

test("[REVIEW][REALTIME][RESYNC]: after the server's database listener was cut off, an open claim page shows what changed meanwhile", async ({
  page,
}) => {
  const db = createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));
  try {
    await logIn(page, "reviewer");
    // A claim of its own, so no other spec's claim changes hands.
    const { id: claimId } = await db.claim.create({
      data: { title: `Resync claim ${Date.now().toString(36)}`, lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });
    await page.goto(`/claims/${claimId}`);
    await expect(page.getByTestId("work-assignee")).toContainText("Nobody");

    // A change whose announcement nobody heard (written without NOTIFY, as if sent while the
    // listeners were away), then the listeners lose their connections.
    await db.$executeRaw`UPDATE "Claim" SET "assigneeId" = (SELECT "id" FROM "User" WHERE "username" = ${E2E_USERS.editor.username}) WHERE "id" = ${claimId}::uuid`;
    await cutOffListeners(db);

    await expect(page.getByTestId("work-assignee")).toContainText(E2E_USERS.editor.displayName);
  } finally {
    await db.$disconnect();
  }
});

test("[REVIEW][REALTIME][RESYNC]: a change announced while the page's event stream was still connecting shows up once it connects", async ({
  page,
  browser,
}) => {
  const db = createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));
  const editor = await browser.newContext({ baseURL: `http://127.0.0.1:${E2E_PORT}` });
  try {
    await logIn(page, "reviewer");
    const editorPage = await editor.newPage();
    await logIn(editorPage, "editor");
    const { id: claimId } = await db.claim.create({
      data: { title: `Connecting claim ${Date.now().toString(36)}`, lang: "kk", firstSeenAt: new Date() },
      select: { id: true },
    });

    // The page loads the claim while its event stream is held back, as on a slow network.
    let letStreamThrough = () => {};
    const streamHeld = new Promise<void>((resolve) => (letStreamThrough = resolve));
    await page.route(/\/trpc\/realtime\.changes/, async (route) => {
      await streamHeld;
      await route.continue();
    });
    await page.goto(`/claims/${claimId}`);
    await expect(page.getByTestId("work-assignee")).toContainText("Nobody");

    const assigned = await editorPage.request.post("/trpc/workflow.assignToMe", {
      data: { claimId },
      headers: SAME_ORIGIN_HEADERS,
    });
    expect(assigned.ok(), await assigned.text()).toBe(true);
    letStreamThrough();

    await expect(page.getByTestId("work-assignee")).toContainText(E2E_USERS.editor.displayName);
  } finally {
    await editor.close();
    await db.$disconnect();
  }
});

test("[INGEST][REALTIME][RESYNC]: after the listener was cut off, every page refetches, not only claim work (an open sources list shows a source added meanwhile)", async ({
  page,
}) => {
  const db = createDb(readFileSync(E2E_DATABASE_URL_FILE, "utf8"));
  try {
    await logIn(page, "reviewer");
    await page.getByRole("link", { name: "Sources" }).click();
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    const name = `Resync feed ${Date.now().toString(36)}`;
    await db.source.create({
      data: {
        kind: "feed",
        name,
        url: `https://resync.example.kz/${name.replaceAll(" ", "-")}.xml`,
        site: "resync.example.kz",
      },
    });
    await cutOffListeners(db);
    await expect(page.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  } finally {
    await db.$disconnect();
  }
});
