import { lookup, type LookupAddress, type LookupOptions } from "node:dns";
import { Agent, fetch, type RequestInit, type Response } from "undici";
import { blockedAddressReason, checkOutboundUrl, OutboundRefusedError, type OutboundPolicy } from "./url-guard.ts";

const MAX_REDIRECTS = 5;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for the socket itself: the addresses checked are the addresses connected to, so
 * a host that answers "public" to the first check and "127.0.0.1" to the connection (DNS
 * rebinding) is still refused.
 */
export function checkedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason)
        return callback(
          Object.assign(new OutboundRefusedError(hostname, `${hostname} resolves to ${reason}`, true), {
            code: "EREFUSEDADDRESS",
          }),
          [],
        );
    }
    const first = addresses[0];
    if (options.all) return callback(null, addresses);
    if (!first) return callback(Object.assign(new Error(`${hostname} has no addresses`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

const guardedAgent = new Agent({ connect: { lookup: checkedLookup } });
const openAgent = new Agent();

/**
 * fetch for user-supplied URLs: the URL is checked before the request and every address is
 * checked again as the socket connects. Redirects are followed only with `follow`, each hop
 * checked like the first; otherwise a 3xx answer is returned as it is.
 */
export async function outboundFetch(
  url: string,
  init: RequestInit & { follow?: boolean },
  policy: OutboundPolicy,
): Promise<Response> {
  const { follow = false, ...request } = init;
  const dispatcher = policy.allowPrivateUrls ? openAgent : guardedAgent;
  let current = url;
  for (let hop = 0; ; hop++) {
    await checkOutboundUrl(current, policy);
    const response = await fetch(current, { ...request, redirect: "manual", dispatcher });
    const location = response.headers.get("location");
    if (!follow || response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new OutboundRefusedError(url, `more than ${MAX_REDIRECTS} redirects`);
    current = new URL(location, current).toString();
  }
}
