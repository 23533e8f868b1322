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
    expect(page).toMatchObject({ rowCount: 1, rows: [{ id: added.id, name: "Aikyn RSS", failureCount: 2, lastError: "HTTP 503" }] });

    await expect(reviewer.caller.source.add({ name: "again", url: "https://www.aikyn.kz/rss" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reviewer.caller.source.add({ name: "bad", url: "ftp://x.kz/feed" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(reviewer.caller.source.add({ name: "internal", url: "http://[fd00::5]/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Refused to contact http://[fd00::5]/feed: fd00::5 is a uniqueLocal address, not a public one",
    });
    const editor = await loggedIn(db, "editor");
    await expect(editor.caller.source.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
