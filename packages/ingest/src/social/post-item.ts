import type { TParsedItem } from "@tekser/contracts";
import { attributedSource, sourceLineValue } from "../attribution.ts";
import { canonicalizeUrl } from "../canonical-url.ts";
import { detectLanguage } from "../detect-language.ts";
import { RecordRefusal } from "../errors.ts";
import { isoOrNull, newItem } from "../item.ts";
import { uniqueStrings } from "../parse-context.ts";

export interface SocialPost {
  location: string;
  kind?: "post" | "comment";
  site: string;
  text: string | null;
  /** Where a reader opens the post; `canonicalUrl` is the platform's stable id form when it differs. */
  url: string | null;
  canonicalUrl?: string | null;
  publishedAt: Date | null;
  /** The platform's edit time; left out for platforms that give none. */
  editedAt?: Date | null;
  author: string | null;
  originalSource?: string | null;
  views?: number | null;
  reposts?: number | null;
  links?: (string | null)[];
  mediaUrls?: (string | null)[];
  /** The language the platform reports, trusted over detection when it is one Tekser knows. */
  platformLang?: string | null;
}

/** The normalised item for a social post, or a reason it cannot be one (no text at all). */
export function socialPostItem(post: SocialPost): TParsedItem | RecordRefusal {
  const text = (post.text ?? "").trim();
  if (text === "")
    return new RecordRefusal("post.noText", "the post has no text (media-only posts carry nothing to check)");
  return newItem({
    kind: post.kind ?? "post",
    location: post.location,
    site: post.site,
    text,
    lang: knownLang(post.platformLang) ?? detectLanguage(text),
    url: post.url,
    canonicalUrl: post.canonicalUrl ?? (post.url ? canonicalizeUrl(post.url) : null),
    publishedAt: isoOrNull(post.publishedAt),
    ...(post.editedAt === undefined ? {} : { editedAt: isoOrNull(post.editedAt) }),
    author: post.author,
    originalSource: post.originalSource ?? creditedInText(text),
    views: post.views ?? null,
    reposts: post.reposts ?? null,
    links: uniqueStrings(post.links ?? []),
    mediaUrls: uniqueStrings(post.mediaUrls ?? []),
  });
}

function knownLang(lang: string | null | undefined): TParsedItem["lang"] | null {
  return lang === "kk" || lang === "ru" || lang === "en" ? lang : null;
}

/** A Date from Unix seconds (number or numeric string), else null. */
export function fromUnixSeconds(value: unknown): Date | null {
  const seconds = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
}

// "По данным Kazinform, …" opening a post, or a "Источник: …" / "Дереккөз: …" line anywhere.
function creditedInText(text: string): string | null {
  const lines = text.split("\n");
  return attributedSource(lines[0] ?? "") ?? lines.map((line) => sourceLineValue(line)).find((s) => s) ?? null;
}
