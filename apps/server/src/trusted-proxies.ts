import { isIP } from "node:net";
import type { z } from "zod";

/** Fastify's `trustProxy`: false (no proxy), a hop count, or the proxies' addresses and ranges. */
export type TrustedProxies = false | number | string[];

/** Reads TEKSER_TRUST_PROXY; an entry that is neither a count nor an address/CIDR is an issue. */
export function parseTrustedProxies(value: string | undefined, context: z.RefinementCtx): TrustedProxies {
  if (value === undefined || value === "") return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    context.addIssue({
      code: "custom",
      message: `expected a hop count or comma-separated IP addresses/CIDR ranges; not valid: ${invalid.join(", ")}`,
    });
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Fastify's option for it (its types take a hop count only as a function of the hop index). */
export function trustProxyOption(
  proxies: TrustedProxies,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof proxies === "number" ? (_address, hop) => hop < proxies : proxies;
}
