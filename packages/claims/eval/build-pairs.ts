/** Rebuilds eval/pairs.json from base-texts.ts: `tsx eval/build-pairs.ts`. */
import { writeFileSync } from "node:fs";
import { ARTICLES, POSTS, type BaseText } from "./base-texts.ts";
import { aggregatorCopy, lightEdit, repost, seededRandom, toLatin } from "./variants.ts";

export interface LabelledPair {
  id: string;
  kind: string;
  lang: string;
  same: boolean;
  a: string;
  b: string;
}

const random = seededRandom(20261124);
const pairs: LabelledPair[] = [];
const add = (base: BaseText, kind: string, same: boolean, a: string, b: string) =>
  pairs.push({ id: `${base.id}:${kind}`, kind, lang: base.lang, same, a, b });

for (const [index, base] of ARTICLES.entries()) {
  const copy = aggregatorCopy(base.text, base.lang, random);
  const post = repost(base.text, base.lang, random);
  add(base, "aggregator-copy", true, base.text, copy);
  add(base, "repost-with-comment", true, base.text, post);
  add(base, "copy-vs-repost", true, copy, post);
  add(base, "light-edit", true, base.text, lightEdit(base.text, random));
  if (base.lang === "kk") {
    add(base, "latin-2021", true, base.text, toLatin(base.text));
    add(base, "latin-2018-repost", true, copy, toLatin(post, "2018"));
  }
  if (base.near) {
    add(base, "near-miss", false, base.text, base.near);
    add(base, "near-miss-copy", false, copy, aggregatorCopy(base.near, base.lang, random));
    add(base, "near-miss-repost", false, post, repost(base.near, base.lang, random));
  }
  const other = ARTICLES.filter((text) => text.lang === base.lang)[(index + 3) % 10];
  if (other && other.id !== base.id) add(base, "other-article", false, copy, other.text);
}

for (const base of POSTS) {
  add(base, "short-repost-with-comment", true, base.text, repost(base.text, base.lang, random));
  add(base, "short-hashtags", true, base.text, `${base.text} ${base.lang === "kk" ? "#жаңалық" : "#новости"}`);
  if (base.lang === "kk") add(base, "short-latin-2021", true, base.text, toLatin(base.text));
  if (base.near) {
    add(base, "short-near-miss", false, base.text, base.near);
    add(base, "short-near-miss-repost", false, repost(base.text, base.lang, random), base.near);
    if (base.lang === "kk") add(base, "short-near-miss-latin", false, base.text, toLatin(base.near));
  }
}

writeFileSync(new URL("./pairs.json", import.meta.url), `${JSON.stringify(pairs, null, 1)}\n`);
console.log(`wrote ${pairs.length} pairs (${pairs.filter((p) => p.same).length} same, ${pairs.filter((p) => !p.same).length} different)`);
