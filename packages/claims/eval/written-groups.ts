/** Groups built from the hand-written stories: each story with its copies, and its near miss. */
import { AGGREGATORS } from "./boilerplate.ts";
import { CopyMaker, translationPage, type MadeItem, type PostNumbers, type Source } from "./copies.ts";
import type { KazakhSpelling } from "./latin-kazakh.ts";
import type { PlannedGroup } from "./planned-group.ts";
import { seededRandom, type Random } from "./random.ts";
import { KAZAKH_STORIES } from "./stories/kk.ts";
import { RUSSIAN_STORIES } from "./stories/ru.ts";
import type { Story } from "./stories/story.ts";
import { TEMPLATE_STORIES } from "./stories/templates.ts";
import { NUMBER_WORD_STORIES } from "./stories/number-words.ts";

const SPELLINGS: KazakhSpelling[] = ["latin-2017", "latin-2018", "latin-2021", "latin-informal", "russian-letters"];

export function writtenGroups(numbers: PostNumbers): PlannedGroup[] {
  return [...KAZAKH_STORIES, ...RUSSIAN_STORIES, ...TEMPLATE_STORIES].flatMap((story) => storyGroups(story, numbers));
}

/**
 * The templates differing by a figure in words, built after every other group (real ones
 * included) so the post numbers those take, and with them the held-out part's bytes, stay as they were.
 */
export function numberWordGroups(numbers: PostNumbers): PlannedGroup[] {
  return NUMBER_WORD_STORIES.flatMap((story) => storyGroups(story, numbers));
}

function storyGroups(story: Story, numbers: PostNumbers): PlannedGroup[] {
  const random = seededRandom(`story:${story.id}`);
  const source: Source = {
    lang: story.lang,
    site: story.site,
    siteName: story.site,
    url: `https://${story.site}${story.path}`,
    title: story.title,
    paragraphs: story.paragraphs,
    publishedAt: story.publishedAt,
  };
  const maker = new CopyMaker(source, random, numbers);
  const aggregator = random.pick(AGGREGATORS[story.lang]);
  const translationUrl = story.translation ? `https://${story.translation.site}${story.translation.path}` : null;
  // An outlet that publishes both languages links them (hreflang); other translations do not.
  const sameOutlet = story.translation?.site === story.site;
  const items: MadeItem[] = [
    maker.originalPage(sameOutlet && translationUrl ? [translationUrl] : []),
    maker.exactCopy(),
    maker.aggregatorCopy(aggregator),
    maker.excerpt(),
    maker.repostWithLink(),
    maker.repostWithLink(),
    maker.repostWithComment(),
    maker.truncated(),
    maker.headlineOnly(),
    maker.shouted(),
  ];
  if (story.lang === "kk") for (const spelling of SPELLINGS) items.push(maker.respelled(spelling));
  if (story.translation) items.push(translationPage(source, story.translation, random, sameOutlet ? [source.url] : []));
  const group: PlannedGroup = {
    id: story.id,
    family: story.id,
    lang: story.lang,
    origin: "written",
    title: story.title,
    items,
  };
  return [group, nearMissGroup(story, source, aggregator, random, numbers)];
}

function nearMissGroup(
  story: Story,
  source: Source,
  aggregator: (typeof AGGREGATORS)["kk"][number],
  random: Random,
  numbers: PostNumbers,
): PlannedGroup {
  const { nearMiss } = story;
  const publishedAt = new Date(Date.parse(story.publishedAt) + random.int(3, 30) * 3_600_000)
    .toISOString()
    .replace(/\.000Z$/, "Z");
  const url = `https://${story.site}${nearMiss.path}`;
  const text =
    nearMiss.kind === "other-numbers"
      ? {
          title: replaceAll(story.title, nearMiss.replace),
          paragraphs: story.paragraphs.map((p) => replaceAll(p, nearMiss.replace)),
        }
      : { title: nearMiss.title, paragraphs: nearMiss.paragraphs };
  if (nearMiss.kind === "other-numbers") assertAllReplaced(story, nearMiss.replace);
  const missSource: Source = { ...source, url, publishedAt, ...text };
  const maker = new CopyMaker(missSource, random, numbers);
  const items =
    nearMiss.kind === "next-story"
      ? [maker.originalPage(), maker.aggregatorCopy(aggregator), maker.headlineOnly()]
      : nearMiss.kind === "other-numbers"
        ? [maker.originalPage(), maker.aggregatorCopy(), maker.repostWithLink()]
        : [maker.originalPage(), maker.repostWithLink(), maker.excerpt()];
  return {
    id: `${story.id}~near`,
    family: story.id,
    lang: story.lang,
    origin: "written",
    title: text.title,
    nearMissOf: { group: story.id, kind: nearMiss.kind },
    items,
  };
}

function replaceAll(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => result.split(from).join(to), text);
}

/** A replacement that matches nothing is a typo in the story file: the near miss would be a copy. */
function assertAllReplaced(story: Story, replacements: [string, string][]): void {
  let text = [story.title, ...story.paragraphs].join("\n");
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`near miss of ${story.id}: "${from}" is not in the text`);
    text = text.split(from).join(to);
  }
}
