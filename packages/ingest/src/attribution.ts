import { siteFromUrlOrDomain } from "./canonical-url.ts";

// "<outlet> парақшасындағы деректерге сәйкес, ..." — the Kazakh "according to <outlet>'s page".
// The space after the place word belongs to it: with `\s+…?\s*` two quantifiers shared a run of
// spaces and tried every split of it (a line with 4,000 spaces took 2 s).
const KK_ATTRIBUTION =
  /^(.{2,80}?)\s+(?:(?:парақшасындағы|сайтындағы|порталындағы|басылымындағы|арнасындағы|агенттігінің|агенттігіндегі)\s*)?(?:деректерге|деректеріне|мәліметтерге|мәліметіне|ақпаратына|хабарына)\s+(?:сәйкес|қарағанда)/iu;
// "По данным <outlet>, ...", "Как сообщает <outlet>, ...", "Со ссылкой на <outlet>".
const RU_ATTRIBUTION =
  /^(?:по данным|по информации|как сообщает|как сообщают|как передает|как передаёт|со ссылкой на|согласно данным)\s+(.{2,80}?)(?:,|\.{1,3}$|$)/iu;
// "Дереккөз: https://aikyn.kz", "Источник: Tengrinews.kz", "Source: ..." (an icon word may be glued on).
const SOURCE_LINE = /^(?:дереккөз|источник|source)\s*:\s*(.+)$/iu;

/**
 * The outlet an attribution line credits, normalised (a domain becomes its lowercase host), or
 * null when the line is not an attribution. Only names that look like an outlet count — a
 * domain, a Latin-script name or a «quoted» name — so "По данным Минздрава" credits nobody.
 */
export function attributedSource(line: string): string | null {
  const text = line.trim();
  const match = KK_ATTRIBUTION.exec(text) ?? RU_ATTRIBUTION.exec(text);
  return match ? outletName(match[1] ?? "") : null;
}

/** The outlet named on a "Дереккөз:" / "Источник:" line, or null when the line is not one. */
export function sourceLineValue(line: string): string | null {
  const match = SOURCE_LINE.exec(line.trim());
  return match ? outletName(match[1] ?? "") : null;
}

function outletName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/^[«"“„]+|[»"”“]+$/gu, "")
    .trim();
  if (name === "") return null;
  const site = siteFromUrlOrDomain(name.split(/\s+/)[0] ?? "");
  if (site) return site;
  const quoted = /^[«"“„]/u.test(raw.trim());
  if (quoted || /^[\p{Script=Latin}\d][\p{Script=Latin}\d .&'-]*$/u.test(name)) return name;
  return null;
}
