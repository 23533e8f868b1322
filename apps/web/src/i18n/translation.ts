// Apart from t.ts so that the dictionaries can name these types without importing t.ts, which imports them.
import type { MessageKey } from "./en/index.ts";

type PluralBaseOf<Key> = Key extends `${infer Base}.one` ? Base : never;

/** A counted noun: `tp("queue.count", n)` picks `queue.count.one`, `.few`, `.many` or `.other`. */
export type PluralBase = PluralBaseOf<MessageKey>;

/**
 * A translation of English messages: every key worded, no key English lacks, except the plural
 * forms Russian needs beyond English ("1 утверждение", "3 утверждения", "5 утверждений").
 */
export type Translation<English> = Record<keyof English, string> &
  Partial<Record<`${PluralBaseOf<keyof English>}.${"few" | "many"}`, string>>;
