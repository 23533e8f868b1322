import { stripIconWord } from "./page-lines.ts";

// Labels of the metadata lines under an aggregator article, in Kazakh, Russian and English.
const VIEWS = /^(?:көрілімдер|көрілім|қаралым|просмотры|просмотров|просмотр|views)\s*:?\s*(\d[\d\s]*)$/iu;
const ARCHIVED =
  /^(?:бұл хабарлама дереккөзден мұрағатталған|мұрағатталған|это сообщение (?:было )?(?:за)?архивировано из источника|(?:за)?архивировано|archived)\s*:?\s*(.+)$/iu;
const PUBLISHED = /^(?:жарияланды|жарияланған|опубликовано|дата публикации|published)\s*:?\s*(.+)$/iu;
const COMMENTS = /^\d+\s+(?:пікірлер|пікір|комментари[йяев]*|comments?)$/iu;
const MOST_READ = /^(?:ең көп оқылғандар|ең көп оқылған|самое читаемое|самые читаемые|популярное|most read)$/iu;
const SECTION =
  /^(?:соңғы жаңалықтар|последние новости|latest news|ұқсас жаңалықтар|похожие новости|читайте также|оқи отырыңыз|related)$/iu;
// Closing lines aggregators append to every article ("follow the story, <site> brings the news").
const FOOTER =
  /^(?:жағдайды бақылауды жалғастырыңыз|следите за развитием (?:событий|ситуации)|оставайтесь с нами|жаңалықтарды бірінші болып|подписывайтесь на|бізді .* парақшасынан|follow the story)/iu;

export const ARCHIVED_RE = ARCHIVED;
export const PUBLISHED_RE = PUBLISHED;

/** Views number on a "Көрілімдер:99" / "Просмотры: 1 204" line, else null. */
export function viewsOnLine(text: string): number | null {
  const m = VIEWS.exec(stripIconWord(text));
  return m ? Number((m[1] ?? "").replace(/\s/g, "")) : null;
}

export function isMostReadHeader(text: string): boolean {
  return MOST_READ.test(stripIconWord(text));
}

/** A heading that starts a new page block (most-read, latest news, related). */
export function isSectionHeader(text: string): boolean {
  const t = stripIconWord(text);
  return MOST_READ.test(t) || SECTION.test(t);
}

/**
 * Whether a line ends the article body: a site footer, a metadata line (views, source,
 * archive, publish date), a comments block or a new page section.
 */
export function endsBody(text: string): boolean {
  const t = stripIconWord(text);
  if (FOOTER.test(t) || VIEWS.test(t) || ARCHIVED.test(t) || COMMENTS.test(t)) return true;
  return /^(?:дереккөз|источник|source)\s*:/iu.test(t) || isSectionHeader(t);
}

/**
 * A short line naming the carrying site inside the article ("..., Qazaq24.com ақпарат
 * таратты", "Читайте нас в Telegram Qazaq24.com"): the site talking about itself, dropped.
 */
export function isSiteBoilerplate(text: string, site: string | null): boolean {
  return site !== null && text.length < 200 && text.toLowerCase().includes(site.toLowerCase());
}
