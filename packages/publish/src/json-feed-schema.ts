import { z } from "zod";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a zod schema, written from the
 * spec to check Tekser's own output: required members, types, RFC 3339 dates, the
 * content_html/content_text rule, and that any member the spec does not define is an
 * extension (its name starts with "_").
 */
const ZRfc3339 = z.iso.datetime({ offset: true });
const ZUrl = z.url();

const ZAuthor = z
  .object({ name: z.string().optional(), url: ZUrl.optional(), avatar: ZUrl.optional() })
  .refine((author) => author.name ?? author.url ?? author.avatar, "an author needs at least one of name, url, avatar");

function onlyKnownOrExtensions<T extends z.ZodRawShape>(shape: T, what: string) {
  const known = new Set(Object.keys(shape));
  return z.looseObject(shape).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!known.has(key) && !key.startsWith("_")) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${what} member "${key}" is neither JSON Feed 1.1 nor an _extension`,
        });
      }
    }
  });
}

const ZAttachment = z.object({
  url: ZUrl,
  mime_type: z.string(),
  title: z.string().optional(),
  size_in_bytes: z.number().optional(),
  duration_in_seconds: z.number().optional(),
});

export const ZJsonFeedItem = onlyKnownOrExtensions(
  {
    id: z.string().min(1),
    url: ZUrl.optional(),
    external_url: ZUrl.optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: ZUrl.optional(),
    banner_image: ZUrl.optional(),
    date_published: ZRfc3339.optional(),
    date_modified: ZRfc3339.optional(),
    authors: z.array(ZAuthor).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
    attachments: z.array(ZAttachment).optional(),
  },
  "item",
).refine(
  (item) => item.content_html !== undefined || item.content_text !== undefined,
  "an item needs content_html or content_text",
);

export const ZJsonFeed11 = onlyKnownOrExtensions(
  {
    version: z.literal("https://jsonfeed.org/version/1.1"),
    title: z.string().min(1),
    home_page_url: ZUrl.optional(),
    feed_url: ZUrl.optional(),
    description: z.string().optional(),
    user_comment: z.string().optional(),
    next_url: ZUrl.optional(),
    icon: ZUrl.optional(),
    favicon: ZUrl.optional(),
    authors: z.array(ZAuthor).optional(),
    language: z.string().optional(),
    expired: z.boolean().optional(),
    hubs: z.array(z.object({ type: z.string(), url: ZUrl })).optional(),
    items: z.array(ZJsonFeedItem),
  },
  "feed",
);
