// Apart from t.ts so that the dictionaries can name these types without importing t.ts, which imports them.
import type { MessageKey } from "./en.ts";

export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;
/** Russian needs more plural forms than English ("1 утверждение", "3 утверждения", "5 утверждений"). */
export type ExtraPlurals = Partial<Record<`${PluralBase}.${"few" | "many"}`, string>>;
