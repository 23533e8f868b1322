/**
 * Mechanical copies of a source text, in the shapes the evaluation measures. Only the shaping is
 * mechanical (cutting, wrapping, capitals, spelling, link forms); every word of boilerplate and
 * comment comes from boilerplate.ts, every story from stories/ or the real fixtures.
 */
import {
  AGGREGATORS,
  attributionLine,
  CHANNELS,
  footerLines,
  READ_ALSO,
  READ_MORE,
  REPOST_COMMENTS,
  REPUBLISHERS,
  SHOUTS,
  type Aggregator,
  type Lang,
} from "./boilerplate.ts";
import { htmlPage, telegramExport, type EvalDocument, type PostPart } from "./documents.ts";
import type { CopyKind } from "./kinds.ts";
import { spellKazakh, type KazakhSpelling } from "./latin-kazakh.ts";
import type { Random } from "./random.ts";
import { articleUrlForm, telegramUrlForm, TELEGRAM_FORMS, URL_FORMS } from "./url-forms.ts";

/** The text a group's copies are made from. */
export interface Source {
  lang: Lang;
  site: string;
  siteName: string;
  /** The address a link to the source uses; for a channel post, t.me/<channel>/<id>. */
  url: string;
  /** null for a social post, which has no headline. */
  title: string | null;
  paragraphs: string[];
  publishedAt: string;
  /** Set when the source is a public channel's post: links to it take Telegram's forms. */
  telegram?: { channel: string; messageId: number };
}

export interface MadeItem {
  kind: CopyKind;
  lang: Lang;
  /** When it was published (ISO), as the copy itself may not say. */
  publishedAt: string;
  document: EvalDocument;
}

const HOUR = 3_600_000;
const later = (iso: string, hours: number) =>
  new Date(Date.parse(iso) + hours * HOUR).toISOString().replace(/\.000Z$/, "Z");

/** Distinct channel and message numbers across the whole set. */
export class PostNumbers {
  private nextChannel = 1_700_000_000;
  private nextMessage = 4_000;
  channel(): number {
    return this.nextChannel++;
  }
  message(): number {
    this.nextMessage += 7;
    return this.nextMessage;
  }
}

export class CopyMaker {
  constructor(
    private readonly source: Source,
    private readonly random: Random,
    private readonly numbers: PostNumbers,
  ) {}

  private post(kind: CopyKind, lang: Lang, hours: number, parts: PostPart[]): MadeItem {
    const publishedAt = later(this.source.publishedAt, hours);
    const document = telegramExport({
      channelId: this.numbers.channel(),
      channelName: this.random.pick(CHANNELS[lang]),
      messageId: this.numbers.message(),
      publishedAt,
      parts,
      views: this.random.int(300, 48_000),
    });
    return { kind, lang, publishedAt, document };
  }

  /** A link to the source in one of the forms people paste. */
  private linkToSource(): string {
    const { telegram } = this.source;
    if (telegram) return telegramUrlForm(telegram.channel, telegram.messageId, this.random.pick(TELEGRAM_FORMS));
    return articleUrlForm(this.source.url, this.random.pick(URL_FORMS));
  }

  /** The first paragraph, or the first two when the first is short. */
  private lead(): string[] {
    const [first = "", second] = this.source.paragraphs;
    return second !== undefined && (first.length < 220 || this.random.chance(0.3)) ? [first, second] : [first];
  }

  exactCopy(): MadeItem {
    const site = this.random.pick(REPUBLISHERS[this.source.lang]);
    const publishedAt = later(this.source.publishedAt, this.random.int(1, 6));
    const url = `https://${site}/news/${this.random.int(100_000, 999_999)}`;
    const document = htmlPage({
      lang: this.source.lang,
      url,
      siteName: site,
      title: this.source.title ?? this.source.paragraphs[0]?.slice(0, 80) ?? "",
      publishedAt,
      paragraphs: this.source.paragraphs,
    });
    return { kind: "exact-copy", lang: this.source.lang, publishedAt, document };
  }

  /** An aggregator's page: attribution line, "read also" between paragraphs, footer and counter. */
  aggregatorCopy(aggregator: Aggregator = this.random.pick(AGGREGATORS[this.source.lang])): MadeItem {
    const { lang, site, paragraphs, title } = this.source;
    const publishedAt = later(this.source.publishedAt, this.random.int(1, 12));
    const body = [...paragraphs];
    if (body.length > 2) body.splice(2, 0, this.random.pick(READ_ALSO[lang]));
    const url = `https://${aggregator.site}/${lang}/news/${this.random.int(10_000, 99_999)}`;
    const document = htmlPage({
      lang,
      url,
      siteName: aggregator.name,
      title: title ?? paragraphs[0]?.slice(0, 80) ?? "",
      // An aggregator's archive copy often shows no publication time of its own.
      publishedAt: this.random.chance(0.3) ? null : publishedAt,
      paragraphs: [
        attributionLine(lang, site, aggregator),
        ...body,
        ...footerLines(lang, site, aggregator, this.random.int(40, 2_000)),
      ],
      sidebar: READ_ALSO[lang].map((line) => line.replace(/^[^:]+:\s*/, "")),
    });
    return { kind: "aggregator-copy", lang, publishedAt, document };
  }

  /** The headline and first paragraph(s), no comment, sometimes naming the outlet. */
  excerpt(): MadeItem {
    const { lang, title, site } = this.source;
    const parts: PostPart[] = [];
    if (title && this.random.chance(0.6)) parts.push({ bold: title }, "\n\n");
    parts.push(this.lead().join("\n\n"));
    if (this.random.chance(0.4)) parts.push(lang === "kk" ? `\n\nДереккөз: ${site}` : `\n\nИсточник: ${site}`);
    return this.post("excerpt", lang, this.random.int(1, 8), parts);
  }

  /** A one-line comment, the first paragraph(s) quoted, and a "read more" link to the source. */
  repostWithLink(): MadeItem {
    const { lang } = this.source;
    const comment = this.random.pick(REPOST_COMMENTS[lang]);
    const readMore = this.random.pick(READ_MORE[lang]);
    const link = this.linkToSource();
    const tail: PostPart[] = this.random.chance(0.7)
      ? [`\n\n${readMore} `, { link }]
      : ["\n\n", { label: readMore.replace(/:$/, ""), href: link.startsWith("http") ? link : `https://${link}` }];
    return this.post("repost-with-link", lang, this.random.int(1, 10), [
      `${comment}\n\n`,
      this.lead().join("\n\n"),
      ...tail,
    ]);
  }

  /** A one-line comment above the whole text, as channels forward a short post. */
  repostWithComment(): MadeItem {
    const { lang } = this.source;
    return this.post("repost-with-comment", lang, this.random.int(1, 10), [
      `${this.random.pick(REPOST_COMMENTS[lang])}\n\n`,
      this.source.paragraphs.join("\n\n"),
    ]);
  }

  /** The text cut part way through a sentence and ended with "…", as previews and feeds cut it. */
  truncated(): MadeItem {
    const { lang, title } = this.source;
    const words = this.source.paragraphs.join("\n\n").split(" ");
    const keep = Math.max(12, Math.round(words.length * (0.35 + this.random.next() * 0.3)));
    const cut = `${words
      .slice(0, keep)
      .join(" ")
      .replace(/[.,:;!?–-]+$/, "")}…`;
    if (!title || this.random.chance(0.4))
      return this.post("truncated", lang, this.random.int(1, 6), [cut, "\n\n", { link: this.linkToSource() }]);
    const aggregator = this.random.pick(AGGREGATORS[lang]);
    const publishedAt = later(this.source.publishedAt, this.random.int(1, 6));
    const url = `https://${aggregator.site}/${lang}/short/${this.random.int(10_000, 99_999)}`;
    const readMore = this.random.pick(READ_MORE[lang]).replace(/:$/, "");
    const document = htmlPage({
      lang,
      url,
      siteName: aggregator.name,
      title,
      publishedAt,
      paragraphs: [...cut.split("\n\n"), `[${readMore}](${this.source.url})`],
    });
    return { kind: "truncated", lang, publishedAt, document };
  }

  /** The headline alone, with a link or an emoji. */
  headlineOnly(): MadeItem {
    const { lang, title } = this.source;
    const headline = title ?? "";
    const parts: PostPart[] = this.random.chance(0.7)
      ? [`${headline}\n\n`, { link: this.linkToSource() }]
      : [`${this.random.pick(["⚡️", "❗️", "📌", "🔴"])} ${headline}`];
    return this.post("headline-only", lang, this.random.int(0, 4), parts);
  }

  /** A forwarded copy in capitals between "urgent" lines and emoji. */
  shouted(): MadeItem {
    const { lang } = this.source;
    const shout = SHOUTS[lang];
    const text = this.lead()
      .join("\n\n")
      .toLocaleUpperCase(lang === "kk" ? "kk-KZ" : "ru-RU");
    return this.post("shouted", lang, this.random.int(4, 30), [
      `${this.random.pick(shout.open)}\n\n${text}\n\n${this.random.pick(shout.close)}`,
    ]);
  }

  /** Kazakh written in another script: the lead as a post, or the whole story as a page. */
  respelled(spelling: KazakhSpelling): MadeItem {
    const { title, paragraphs } = this.source;
    const spell = (text: string) => spellKazakh(text, spelling);
    if (!title || this.random.chance(0.55)) {
      const parts: PostPart[] = [];
      if (title && this.random.chance(0.5)) parts.push({ bold: spell(title) }, "\n\n");
      parts.push(spell((title ? this.lead() : paragraphs).join("\n\n")));
      if (this.random.chance(0.3)) parts.push(`\n\n${spell("Толығырақ:")} `, { link: this.linkToSource() });
      return this.post(spelling, "kk", this.random.int(2, 30), parts);
    }
    const site = this.random.pick(["latyn.kz", "qazaqsha.latin.kz", "jańa-qazaq.kz", "qazaqstan-latyn.kz"]);
    const publishedAt = later(this.source.publishedAt, this.random.int(2, 30));
    const url = `https://${site.normalize("NFD").replace(/[^\x00-\x7f]/g, "")}/post/${this.random.int(1_000, 9_999)}`;
    const document = htmlPage({
      lang: "kk",
      url,
      siteName: site,
      title: spell(title),
      publishedAt,
      paragraphs: paragraphs.map(spell),
    });
    return { kind: spelling, lang: "kk", publishedAt, document };
  }

  /** The source itself as an article page on its own site. */
  originalPage(alternates: string[] = []): MadeItem {
    const { lang, url, siteName, title, paragraphs, publishedAt } = this.source;
    const document = htmlPage({ lang, url, siteName, title: title ?? "", publishedAt, paragraphs, alternates });
    return { kind: "original", lang, publishedAt, document };
  }
}

/** A translation published as an article by its outlet. */
export function translationPage(
  original: Source,
  translation: { site: string; path: string; title: string; paragraphs: string[] },
  random: Random,
  alternates: string[] = [],
): MadeItem {
  const lang: Lang = original.lang === "kk" ? "ru" : "kk";
  const publishedAt = later(original.publishedAt, random.int(1, 20));
  const document = htmlPage({
    lang,
    url: `https://${translation.site}${translation.path}`,
    siteName: translation.site,
    title: translation.title,
    publishedAt,
    paragraphs: translation.paragraphs,
    alternates,
  });
  return { kind: "translation", lang, publishedAt, document };
}
