import { Prisma } from "@tekser/db";

/**
 * Languages whose words have partial indexes of their own, for items (migration
 * 20261127100000) and claims (migration 20261128100000); all other languages share one.
 */
const INDEXED_LANGS = ["kk", "ru"];

export const hasOwnPartition = (lang: string) => INDEXED_LANGS.includes(lang);

/**
 * The predicate of the word-index partition holding `lang`, on the table alias `alias`. A
 * literal, as in the indexes' predicates and the per-language statistics: the planner must
 * prove it before it uses an index.
 */
export function languagePartition(alias: "c" | "i", lang: string): Prisma.Sql {
  const column = `${alias}."lang"`;
  return Prisma.raw(
    hasOwnPartition(lang)
      ? `${column} = '${lang}'`
      : `${column} <> ALL (ARRAY[${INDEXED_LANGS.map((each) => `'${each}'`).join(", ")}])`,
  );
}

/**
 * One predicate per partition to read: every partition without a language filter, else those
 * of the languages asked for (other languages share one, so the caller still applies its
 * language filter). A row has one language, so no two hold together and their matches can be
 * joined by UNION ALL; a common word under a language without it ("метро" in Kazakh) then costs
 * nothing: that partition's index has no entry for it.
 */
export function languagePartitions(alias: "c" | "i", langs: readonly string[] | undefined): Prisma.Sql[] {
  const keys = langs?.length
    ? langs.map((lang) => (hasOwnPartition(lang) ? lang : "other"))
    : [...INDEXED_LANGS, "other"];
  return [...new Set(keys)].map((key) => languagePartition(alias, key));
}
