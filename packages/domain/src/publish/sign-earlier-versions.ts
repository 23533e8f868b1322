import type { Db } from "@tekser/db";
import { signValue } from "@tekser/signing";
import { recordAudit, SYSTEM_ACTOR } from "../audit/audit-log.ts";
import { activeSigningKey } from "./signing-keys.ts";
import { documentOfVersion, noticeVersionDocumentSelect } from "./notice-document.ts";

/**
 * Signs notice versions published before signing existed (databases from an earlier release),
 * so every public version carries a signature and appears in the pull API. Their content is
 * not changed; the signature only attests what is already public. Returns how many it signed.
 */
export async function signEarlierVersions(db: Db, signingKeyPem?: string): Promise<number> {
  const unsigned = await db.noticeVersion.findMany({
    where: { signature: null },
    select: { id: true, ...noticeVersionDocumentSelect },
  });
  if (unsigned.length === 0) return 0;
  const key = await activeSigningKey(db, signingKeyPem);
  await db.$transaction(async (tx) => {
    for (const row of unsigned) {
      const signature = signValue(documentOfVersion(row), key);
      await tx.noticeVersion.update({ where: { id: row.id }, data: { signature: JSON.stringify(signature) } });
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: "notice.sign_earlier_versions",
      subjectType: "signing_key",
      subjectId: key.kid,
      after: { versions: unsigned.map((row) => `${row.noticeId}/v${row.version}`) },
    });
  });
  return unsigned.length;
}
