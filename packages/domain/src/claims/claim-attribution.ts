import { Prisma, type SqlRunner } from "@tekser/db";
import { outletHost } from "./claim-rules.ts";

export interface AttributionItem {
  id: string;
  claimId: string | null;
  site: string;
  originalSource: string | null;
  ingestedAt: Date;
}

interface Member {
  id: string;
  site: string;
  originalSource: string | null;
  originalItemId: string | null;
  ingestedAt: Date;
}

const hostVariants = (host: string) => [host, `www.${host}`, `m.${host}`];
const likePattern = (host: string) => `%${host.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * `linkAttribution` of claim-clustering.ts for a batch of new items, replayed in document order
 * over the stored items it could touch (fetched in one query) and the batch's earlier items.
 * Returns the origin found for each new item, which the caller writes with the item, and the
 * stored copies that now point at a new item, written by `saveStoredOrigins` once the new items
 * exist (the link is a foreign key).
 */
export async function linkAttributions(
  tx: SqlRunner,
  items: readonly AttributionItem[],
  /** Claims the batch starts: none of their items is stored yet. */
  newClaimIds: ReadonlySet<string>,
): Promise<{ originOf: Map<string, string>; storedOrigins: Map<string, string> }> {
  const placed = items.filter((item): item is AttributionItem & { claimId: string } => item.claimId !== null);
  if (placed.length === 0) return { originOf: new Map(), storedOrigins: new Map() };
  const members = await storedMembers(
    tx,
    placed.filter((item) => !newClaimIds.has(item.claimId)),
  );
  const placedIds = new Set(placed.map((item) => item.id));
  const originOf = new Map<string, string>();
  const storedOrigins = new Map<string, string>();
  for (const item of placed) {
    const claimMembers = members.get(item.claimId) ?? [];
    const self: Member = {
      id: item.id,
      site: item.site,
      originalSource: item.originalSource,
      originalItemId: null,
      ingestedAt: item.ingestedAt,
    };
    if (item.originalSource) {
      const sites = hostVariants(outletHost(item.originalSource));
      const origin = claimMembers
        .filter((member) => sites.includes(member.site.toLowerCase()))
        .reduce<Member | null>(
          (earliest, member) => (!earliest || member.ingestedAt < earliest.ingestedAt ? member : earliest),
          null,
        );
      if (origin) {
        self.originalItemId = origin.id;
        originOf.set(item.id, origin.id);
      }
    }
    const host = outletHost(item.site);
    for (const copy of claimMembers) {
      const source = copy.originalSource;
      if (
        copy.originalItemId !== null ||
        !source ||
        !source.toLowerCase().includes(host) ||
        outletHost(source) !== host
      )
        continue;
      copy.originalItemId = item.id;
      if (placedIds.has(copy.id)) originOf.set(copy.id, item.id);
      else storedOrigins.set(copy.id, item.id);
    }
    claimMembers.push(self);
    members.set(item.claimId, claimMembers);
  }
  return { originOf, storedOrigins };
}

/** Points stored copies at the new items `linkAttributions` found to be their origin (one statement). */
export async function saveStoredOrigins(tx: SqlRunner, storedOrigins: ReadonlyMap<string, string>): Promise<void> {
  if (storedOrigins.size === 0) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Item" i SET "originalItemId" = v."originalItemId"
    FROM unnest(${[...storedOrigins.keys()]}::uuid[], ${[...storedOrigins.values()]}::uuid[]) AS v("id", "originalItemId")
    WHERE i."id" = v."id"`);
}

/** Stored items of the batch's claims that an attribution could link: named origins and copies naming a batch site. */
async function storedMembers(
  tx: SqlRunner,
  placed: readonly (AttributionItem & { claimId: string })[],
): Promise<Map<string, Member[]>> {
  if (placed.length === 0) return new Map();
  const claimIds = [...new Set(placed.map((item) => item.claimId))];
  const originSites = [
    ...new Set(placed.flatMap((item) => (item.originalSource ? hostVariants(outletHost(item.originalSource)) : []))),
  ];
  const namedHosts = [...new Set(placed.map((item) => likePattern(outletHost(item.site))))];
  const rows = await tx.$queryRaw<(Member & { claimId: string })[]>(Prisma.sql`
    SELECT "id", "claimId", "site", "originalSource", "originalItemId", "ingestedAt" FROM "Item"
    WHERE "claimId" = ANY(${claimIds}::uuid[])
      AND (lower("site") = ANY(${originSites}::text[])
           OR ("originalItemId" IS NULL AND "originalSource" ILIKE ANY(${namedHosts}::text[])))
    ORDER BY "ingestedAt"`);
  const members = new Map<string, Member[]>();
  for (const { claimId, ...member } of rows) members.set(claimId, [...(members.get(claimId) ?? []), member]);
  return members;
}
