import { verifyValue } from "@tekser/signing";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { publishSeedNotice } from "../published-notice.ts";
import { loadPublishedNotice } from "@tekser/domain/publish/notices.ts";
import { publicKeySet } from "@tekser/domain/publish/signing-keys.ts";
import { signEarlierVersions } from "@tekser/domain/publish/sign-earlier-versions.ts";

describe("[PUBLISH][SIGNATURES] versions from before signing", () => {
  const database = useTestDatabase();

  it("are signed at start, unchanged, once", async () => {
    const { db } = database;
    const { noticeId } = await publishSeedNotice(db);
    // A version as an earlier release stored it: no signature.
    await db.noticeVersion.updateMany({ where: { noticeId }, data: { signature: null } });
    expect((await loadPublishedNotice(db, noticeId))?.signed).toBeNull();
    expect(await signEarlierVersions(db)).toBe(1);
    const signed = (await loadPublishedNotice(db, noticeId))?.signed;
    expect(verifyValue(signed!.document, signed!.signature, await publicKeySet(db))).toMatchObject({ valid: true });
    expect(await signEarlierVersions(db)).toBe(0);
  });
});
