import { lookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { httpUrlOrNull } from "@tekser/contracts";
import ipaddr from "ipaddr.js";
import { AppError } from "../errors.ts";

/**
 * Whether Tekser may send requests to user-supplied URLs that point inside the network it runs
 * in. Off in production (server-side request forgery: a webhook or source aimed at
 * 169.254.169.254 or an internal service); on only where tests run receivers on 127.0.0.1.
 */
export interface OutboundPolicy {
  allowPrivateUrls: boolean;
}

export const BLOCK_PRIVATE_URLS: OutboundPolicy = { allowPrivateUrls: false };

/** Thrown when a URL or the address it resolves to may not be contacted. */
export class OutboundRefusedError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The reason names a non-public address (what a host resolves to inside Tekser's network). */
    readonly blockedAddress = false,
  ) {
    super(`Refused to contact ${url}: ${reason}`);
    this.name = "OutboundRefusedError";
  }
}

/**
 * The reason an address may not be contacted, or null for a public unicast address. Only
 * ipaddr.js's "unicast" range passes: loopback, private, link-local (cloud metadata), unique
 * local, multicast, reserved and the IPv6 ranges that embed IPv4 addresses are all refused.
 */
export function blockedAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  // process() turns ::ffff:10.0.0.1 into 10.0.0.1, so mapped addresses get the IPv4 verdict.
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : `${address} is a ${range} address, not a public one`;
}

function lookupAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}

function parseHttpUrl(url: string): URL {
  const http = httpUrlOrNull(url);
  if (http === null) throw new OutboundRefusedError(url, "only absolute http and https URLs are allowed");
  return new URL(http);
}

/** Brackets are part of an IPv6 URL host, not of the address. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/**
 * Why a URL's host is plainly not public, read from the URL alone: an IP literal in a blocked
 * range (the URL parser has already turned "2130706433" or "0x7f.1" into dotted form) or a
 * localhost name. No DNS lookup: for checks in a person's request, where a lookup could stall
 * and its answer would tell them about internal names; connections are checked again anyway.
 */
export function literalHostRefusal(url: string, policy: OutboundPolicy): string | null {
  const http = httpUrlOrNull(url);
  if (http === null) return "it is not an absolute http(s) URL";
  if (policy.allowPrivateUrls) return null;
  const host = hostOf(new URL(http)).toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return `${host} is the server's own name`;
  return isIP(host) ? blockedAddressReason(host) : null;
}

/**
 * Refuses a URL whose host is, or resolves to, a blocked address (every resolved address is
 * checked: one private answer is enough to refuse). With `unresolvable: "allow"` a host that
 * does not resolve passes, for registration, where the request-time check still applies.
 */
export async function checkOutboundUrl(
  url: string,
  policy: OutboundPolicy,
  unresolvable: "allow" | "refuse" = "refuse",
): Promise<URL> {
  const parsed = parseHttpUrl(url);
  if (policy.allowPrivateUrls) return parsed;
  const host = hostOf(parsed);
  if (isIP(host)) {
    const reason = blockedAddressReason(host);
    if (reason) throw new OutboundRefusedError(url, reason, true);
    return parsed;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host);
  } catch (error) {
    if (unresolvable === "allow") return parsed;
    throw new OutboundRefusedError(
      url,
      `its host ${host} does not resolve (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  for (const { address } of addresses) {
    const reason = blockedAddressReason(address);
    if (reason) throw new OutboundRefusedError(url, `${host} resolves to ${reason}`, true);
  }
  return parsed;
}

/**
 * What an outside party (a newsroom holding an API token) is told when its URL is refused: a
 * refused address is only "not allowed", since the reason names what its host resolves to
 * inside Tekser's network; other refusals (scheme, redirects, no DNS answer) say why.
 */
export function publicRefusalMessage(refusal: OutboundRefusedError): string {
  return refusal.blockedAddress
    ? `Address not allowed: ${refusal.url} does not point to a public internet address`
    : refusal.message;
}

/** A refused registration: `message` is for desk staff, `publicMessage` for token holders. */
export class AddressRefusedError extends AppError {
  readonly publicMessage: string;
  constructor(refusal: OutboundRefusedError, field: string) {
    super("BAD_REQUEST", refusal.message, { field, url: refusal.url, reason: refusal.reason });
    this.publicMessage = publicRefusalMessage(refusal);
  }
}

/** The registration-time check: a located validation error naming the URL and the reason. */
export async function assertRegistrableUrl(url: string, policy: OutboundPolicy, field = "url"): Promise<void> {
  try {
    await checkOutboundUrl(url, policy, "allow");
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new AddressRefusedError(error, field);
    throw error;
  }
}
