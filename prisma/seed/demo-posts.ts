import type { TParsedItem } from "@tekser/contracts";
import { canonicalizeUrl, detectLanguage, newItem } from "@tekser/ingest";
import type { TDemoPost } from "./demo-files.ts";

/** A channel is its own site: t.me/<channel>, vk.com/<group>, x.com/<account>. */
function siteOf(url: URL): string {
  const firstSegment = url.pathname.split("/").find((segment) => segment.length > 0);
  return firstSegment ? `${url.host}/${firstSegment}` : url.host;
}

/** The demo's social posts as a social-media parser would normalise them. */
export function demoPostToItem(post: TDemoPost, index: number): TParsedItem {
  const url = new URL(post.url);
  return newItem({
    kind: "post",
    location: `posts[${index}]`,
    url: post.url,
    canonicalUrl: canonicalizeUrl(post.url),
    site: siteOf(url),
    text: post.text,
    lang: detectLanguage(post.text),
    publishedAt: new Date(post.publishedAt).toISOString(),
    author: post.author ?? post.channel,
    views: post.views ?? null,
    reposts: post.reposts ?? null,
  });
}
