import type { Env } from "./env.ts";

const LOOPBACK_HOSTS = new Set(["localhost", "::1", "[::1]"]);

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Whether this start may load the demo data. The demo creates an account for every role, admin
 * included, so with TEKSER_DEMO_DATA=on it loads only where nobody else can reach it: the
 * embedded database with the server on loopback. `refusal` says why not and how to force it.
 */
export function demoDataDecision(env: Pick<Env, "TEKSER_DEMO_DATA" | "DATABASE_URL" | "HOST">): {
  load: boolean;
  refusal: string | null;
} {
  if (env.TEKSER_DEMO_DATA === "off") return { load: false, refusal: null };
  if (env.TEKSER_DEMO_DATA === "force") return { load: true, refusal: null };
  const reasons = [
    ...(env.DATABASE_URL ? ["DATABASE_URL is set (a database other people may use)"] : []),
    ...(isLoopback(env.HOST) ? [] : [`HOST is ${env.HOST}, beyond this machine`]),
  ];
  if (reasons.length === 0) return { load: true, refusal: null };
  return {
    load: false,
    refusal:
      `  Demo data not loaded: ${reasons.join(" and ")}, and the demo creates an account for every role, admin included. ` +
      "Set TEKSER_DEMO_DATA=force to load it anyway, or TEKSER_DEMO_DATA=off.",
  };
}
