import type { Db } from "@tekser/db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type TitleLoader = (db: Db, ids: string[]) => Promise<{ id: string; title: string | null }[]>;

/**
 * How each kind of subject is named to a reader of the log: what a person recognises (a claim's
 * title, a notice's current headline, a colleague's name), read now, so a renamed tag shows its
 * current name. The chain keeps only the id; kinds without a loader show the id alone.
 */
const TITLE_LOADERS: Partial<Record<string, TitleLoader>> = {
  claim: async (db, ids) => db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  notice: async (db, ids) => {
    const notices = await db.notice.findMany({
      where: { id: { in: ids } },
      select: { id: true, currentVersion: true, versions: { select: { version: true, headline: true } } },
    });
    return notices.map((notice) => ({
      id: notice.id,
      title: notice.versions.find((version) => version.version === notice.currentVersion)?.headline ?? null,
    }));
  },
  item: async (db, ids) => db.item.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  user: async (db, ids) =>
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((user) => ({
      id: user.id,
      title: user.displayName,
    })),
  source: async (db, ids) =>
    (await db.source.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((source) => ({
      id: source.id,
      title: source.name,
    })),
  tag: async (db, ids) =>
    (await db.tag.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((tag) => ({
      id: tag.id,
      title: tag.name,
    })),
  api_token: async (db, ids) =>
    (await db.apiToken.findMany({ where: { id: { in: ids } }, select: { id: true, newsroom: true } })).map((token) => ({
      id: token.id,
      title: token.newsroom,
    })),
  webhook: async (db, ids) =>
    (await db.webhook.findMany({ where: { id: { in: ids } }, select: { id: true, url: true } })).map((webhook) => ({
      id: webhook.id,
      title: webhook.url,
    })),
};

/** The readable name of each subject on a page of the log, keyed "type:id"; one query per kind on the page. */
export async function auditSubjectTitles(
  db: Db,
  rows: readonly { subjectType: string; subjectId: string }[],
): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!TITLE_LOADERS[row.subjectType] || !UUID.test(row.subjectId)) continue;
    idsByType.set(row.subjectType, (idsByType.get(row.subjectType) ?? new Set()).add(row.subjectId));
  }
  const titles = new Map<string, string>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      for (const { id, title } of await TITLE_LOADERS[type]!(db, [...ids]))
        if (title) titles.set(`${type}:${id}`, title);
    }),
  );
  return titles;
}
