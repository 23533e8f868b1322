/** A hand-written news story: the original of one evaluation group. */
export interface Story {
  id: string;
  lang: "kk" | "ru";
  /** The outlet that published the original, e.g. "aikyn.kz". */
  site: string;
  /** Path of the original's URL on its site. */
  path: string;
  /** Publication time with the desk's offset (+05:00). */
  publishedAt: string;
  title: string;
  paragraphs: string[];
  /** A real translation into the other language, published by another outlet. */
  translation?: { site: string; path: string; title: string; paragraphs: string[] };
  nearMiss: NearMiss;
}

/**
 * A different claim that a careless rule would join to the story:
 * - same-event: the same event, but another statement about it;
 * - other-numbers: the same official template with other figures, region or date (written as
 *   replacements applied to the story's text, as the outlets' templates are);
 * - next-story: the same outlet's next story on another topic (it gets the same site boilerplate).
 */
type NearMiss =
  | { kind: "same-event" | "next-story"; path: string; title: string; paragraphs: string[] }
  | { kind: "other-numbers"; path: string; replace: [from: string, to: string][] };
