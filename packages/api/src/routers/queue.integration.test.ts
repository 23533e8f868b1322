import { searchText } from "@tekser/claims";
import type { Db } from "@tekser/db";
import { describe, expect, it } from "vitest";
import { loggedIn, refusal, useTestDatabase } from "../../test/harness.ts";

async function claimOn(
  db: Db,
  data: {
    title: string;
    site: string;
    lang?: string;
    priority?: number;
    resurfaced?: boolean;
    firstSeenAt: string;
    text?: string;
  },
) {
  return db.claim.create({
    data: {
      title: data.title,
      lang: data.lang ?? "kk",
      priority: data.priority ?? 2,
      resurfaced: data.resurfaced ?? false,
      firstSeenAt: new Date(data.firstSeenAt),
      items: {
        create: {
          kind: "article",
          site: data.site,
          text: data.text ?? data.title,
          // As ingest's clustering stores it: the queue's word filter reads it.
          searchText: searchText(data.text ?? data.title),
          lang: data.lang ?? "kk",
          contentHash: `${data.title}-${data.site}`,
        },
      },
    },
    select: { id: true },
  });
}

describe("[REVIEW][QUEUE] server-side filters, saved views", () => {
  const database = useTestDatabase();

  it("filters by site, assignee, priority, resurfaced, date range and appearance text", async () => {
    const { db } = database;
    const me = await loggedIn(db, "reviewer");
    const a = await claimOn(db, {
      title: "Тарифтер өседі",
      site: "qazaq24.com",
      priority: 1,
      firstSeenAt: "2026-03-01T10:00:00Z",
      text: "Коммуналдық тарифтер сәуірден",
    });
    const b = await claimOn(db, {
      title: "Интернет отключат",
      site: "tengrinews.kz",
      lang: "ru",
      resurfaced: true,
      firstSeenAt: "2026-03-05T10:00:00Z",
    });
    await claimOn(db, {
      title: "Жер сілкінісі",
      site: "qazaq24.com",
      priority: 3,
      firstSeenAt: "2026-03-10T23:59:00Z",
    });
    await me.caller.workflow.assignToMe({ claimId: b.id });
    const ids = async (filters: Parameters<typeof me.caller.claim.list>[0]["filters"]) =>
      (await me.caller.claim.list({ filters, sort: [{ id: "firstSeenAt", desc: false }] })).rows.map(
        (row) => row.title,
      );

    expect(await ids({ site: "QAZAQ24.com" })).toEqual(["Тарифтер өседі", "Жер сілкінісі"]);
    expect(await ids({ assignee: "me" })).toEqual(["Интернет отключат"]);
    expect(await ids({ assignee: "none" })).toHaveLength(2);
    expect(await ids({ priority: [1, 3] })).toEqual(["Тарифтер өседі", "Жер сілкінісі"]);
    expect(await ids({ resurfaced: true })).toEqual(["Интернет отключат"]);
    expect(await ids({ from: "2026-03-05", to: "2026-03-10" })).toEqual(["Интернет отключат", "Жер сілкінісі"]);
    expect(await ids({ text: "сәуірден" })).toEqual(["Тарифтер өседі"]);
    expect(await refusal(me.caller.claim.list({ filters: { from: "5 March" } }))).toMatchObject({
      code: "BAD_REQUEST",
    });

    await me.caller.workflow.lock({ claimId: a.id });
    const row = (await me.caller.claim.list({ filters: { text: "Тарифтер" } })).rows[0];
    expect(row).toMatchObject({ lockedBy: me.user.displayName, assignee: null, resurfaced: false });
  });

  it("keeps saved views per user", async () => {
    const { db } = database;
    const aigerim = await loggedIn(db, "reviewer");
    const dana = await loggedIn(db, "editor");
    const state = { query: "status=new&lang=kk", columnOrder: ["title", "status"], hiddenColumns: ["sites"] };
    const saved = await aigerim.caller.queueView.save({ name: "Kazakh new", state });
    await aigerim.caller.queueView.save({ name: "Kazakh new", state: { ...state, query: "status=new" } });
    expect(await aigerim.caller.queueView.list()).toEqual([
      { id: saved.id, name: "Kazakh new", state: { ...state, query: "status=new" } },
    ]);
    expect(await dana.caller.queueView.list()).toEqual([]);
    expect(await refusal(dana.caller.queueView.delete({ id: saved.id }))).toMatchObject({ code: "NOT_FOUND" });
    await aigerim.caller.queueView.delete({ id: saved.id });
    expect(await aigerim.caller.queueView.list()).toEqual([]);
  });
});
