import { describe, expect, it } from "vitest";
import { loggedIn, useTestDatabase } from "../../test/harness.ts";

describe("source router", () => {
  const database = useTestDatabase();

  it("adds a source with an audit event, lists it with health, and refuses duplicates and editors", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const added = await reviewer.caller.source.add({ name: "Aikyn RSS", url: "https://www.aikyn.kz/rss" });
    expect(added).toMatchObject({ kind: "feed", pollMinutes: 30, failureCount: 0, itemsLastDay: 0 });
    expect(await db.auditEvent.count({ where: { action: "source.add", subjectId: added.id } })).toBe(1);

    await db.source.update({ where: { id: added.id }, data: { failureCount: 2, lastError: "HTTP 503" } });
    const page = await reviewer.caller.source.list({ sort: [{ id: "failureCount", desc: true }] });
    expect(page).toMatchObject({
      rowCount: 1,
      rows: [{ id: added.id, name: "Aikyn RSS", failureCount: 2, lastError: "HTTP 503" }],
    });

    await expect(reviewer.caller.source.add({ name: "again", url: "https://www.aikyn.kz/rss" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(reviewer.caller.source.add({ name: "bad", url: "ftp://x.kz/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(reviewer.caller.source.add({ name: "internal", url: "http://[fd00::5]/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Refused to contact http://[fd00::5]/feed: fd00::5 is a uniqueLocal address, not a public one",
    });
    const editor = await loggedIn(db, "editor");
    await expect(editor.caller.source.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("edits a source with its before and after in the audit log, and refuses bad or taken URLs", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const source = await reviewer.caller.source.add({ name: "Kazinform", url: "https://www.inform.kz/rss" });
    await reviewer.caller.source.add({ name: "Tengri", url: "https://tengrinews.kz/rss" });
    await db.source.update({
      where: { id: source.id },
      data: { etag: '"old"', nextPollAt: new Date("2026-03-14T12:00:00Z") },
    });

    const edited = await reviewer.caller.source.edit({
      id: source.id,
      name: "Kazinform KK",
      url: "https://kaz.inform.kz/news",
      kind: "page",
      pollMinutes: 60,
    });
    expect(edited).toMatchObject({
      id: source.id,
      name: "Kazinform KK",
      url: "https://kaz.inform.kz/news",
      kind: "page",
      pollMinutes: 60,
      nextPollAt: null,
    });
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { site: true, etag: true } });
    expect(stored).toEqual({ site: "kaz.inform.kz", etag: null });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "source.edit", subjectId: source.id },
      select: { before: true, after: true, actorName: true },
    });
    expect(event).toMatchObject({
      actorName: reviewer.user.username,
      before: { name: "Kazinform", url: "https://www.inform.kz/rss", kind: "feed", pollMinutes: 30 },
      after: { name: "Kazinform KK", url: "https://kaz.inform.kz/news", kind: "page", pollMinutes: 60 },
    });

    const edit = (patch: Partial<Parameters<typeof reviewer.caller.source.edit>[0]>) =>
      reviewer.caller.source.edit({
        id: source.id,
        name: "Kazinform KK",
        url: "https://kaz.inform.kz/news",
        kind: "page",
        pollMinutes: 60,
        ...patch,
      });
    await expect(edit({ url: "https://tengrinews.kz/rss" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(edit({ url: "http://10.0.0.7/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("10.0.0.7 is a private address") as unknown,
    });
    await expect(edit({ pollMinutes: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(edit({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const editor = await loggedIn(db, "editor");
    await expect(
      editor.caller.source.edit({ id: source.id, name: "x", url: "https://x.kz/rss", kind: "feed", pollMinutes: 30 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditEvent.count({ where: { action: "source.edit", subjectId: source.id } })).toBe(1);

    // A shorter interval brings the next poll forward from the last success.
    await db.source.update({
      where: { id: source.id },
      data: { lastSuccessAt: new Date("2026-03-14T12:00:00Z"), nextPollAt: new Date("2026-03-14T13:00:00Z") },
    });
    expect(await edit({ pollMinutes: 15 })).toMatchObject({ pollMinutes: 15, nextPollAt: "2026-03-14T12:15:00.000Z" });
  });

  it("disables and enables a source, audits each change once, and filters the list by state", async () => {
    const { db } = database;
    const reviewer = await loggedIn(db, "reviewer");
    const source = await reviewer.caller.source.add({ name: "Orda", url: "https://orda.kz/rss" });
    expect(await reviewer.caller.source.setEnabled({ id: source.id, enabled: false })).toMatchObject({
      id: source.id,
      enabled: false,
    });
    // Disabling twice is no change, so no second event.
    await reviewer.caller.source.setEnabled({ id: source.id, enabled: false });
    const disabled = await reviewer.caller.source.list({ filters: { state: "disabled" } });
    expect(disabled.rows.map((r) => r.id)).toEqual([source.id]);
    expect((await reviewer.caller.source.list({ filters: { state: "enabled" } })).rows.map((r) => r.id)).not.toContain(
      source.id,
    );

    await reviewer.caller.source.setEnabled({ id: source.id, enabled: true });
    const events = await db.auditEvent.findMany({
      where: { subjectId: source.id, action: { in: ["source.disable", "source.enable"] } },
      orderBy: { seq: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(events).toEqual([
      { action: "source.disable", before: { enabled: true }, after: { enabled: false } },
      { action: "source.enable", before: { enabled: false }, after: { enabled: true } },
    ]);
    const editor = await loggedIn(db, "editor");
    await expect(editor.caller.source.setEnabled({ id: source.id, enabled: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
