/**
 * Shapes each crawler request of `pnpm bench:load`; autocannon's worker thread loads it with
 * require(), hence CommonJS. The next feed in turn, and the client address a reverse proxy would
 * name in X-Forwarded-For. CRAWLER_ADDRESSES=one: every request from one address; spread: every
 * request from an address not seen before, so no client ever passes its per-minute allowance.
 * Like the crawlers of search engines and feed readers, it accepts compressed answers.
 */
const FEED_PATHS = ["/feed.xml", "/feed.atom", "/feed.json"];
const ONE_ADDRESS = "203.0.113.1";
let sent = 0;

module.exports = function crawlerRequest(request) {
  const n = sent++;
  const address =
    process.env.CRAWLER_ADDRESSES === "spread" ? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` : ONE_ADDRESS;
  return {
    ...request,
    path: FEED_PATHS[n % FEED_PATHS.length],
    headers: { ...request.headers, "x-forwarded-for": address, "accept-encoding": "gzip, deflate, br" },
  };
};
