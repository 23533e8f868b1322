import path from "node:path";
import { z } from "zod";
import { DEFAULT_PUBLIC_LOAD_LIMITS } from "./hardening/public-load-limits.ts";
import { parseTrustedProxies } from "./trusted-proxies.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

const ZEnv = z.object({
  /** The application role's connection (not the tables' owner); unset: the embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  /** The tables' owner: applies migrations and grants DATABASE_URL's role its rights at start. */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset, and the generated signing key. */
  TEKSER_DATA_DIR: z.string().default(path.join(repoRoot, "data")),
  TEKSER_EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  /** The first-start admin password; generated and printed once when unset. */
  TEKSER_ADMIN_PASSWORD: z.string().min(12).optional(),
  /**
   * Load the demo data into an empty database: "on" only on the embedded database listening on
   * loopback, "force" anywhere (the demo creates an account for every role).
   */
  TEKSER_DEMO_DATA: z.enum(["on", "off", "force"]).default("on"),
  PUBLIC_BASE_URL: z.string().url().optional(),
  TEKSER_ORG_NAME: z.string().default("Tekser"),
  TEKSER_ORG_URL: z.string().url().optional(),
  /** The desk's IANA time zone: public pages date appearances, notices and corrections by its calendar. */
  TEKSER_TIME_ZONE: z
    .string()
    .trim()
    .default("Asia/Almaty")
    .superRefine((zone, context) => {
      if (!isTimeZone(zone))
        context.addIssue({
          code: "custom",
          message: `"${zone}" is not an IANA time zone name (e.g. Asia/Almaty, Asia/Aqtobe, UTC)`,
        });
    }),
  /** A PKCS#8 PEM Ed25519 private key for signing; when unset one is generated and kept in TEKSER_DATA_DIR/signing-key.pem. */
  TEKSER_SIGNING_KEY: z.string().optional(),
  /**
   * "on" lets webhooks, sources and evidence archiving reach loopback, private and link-local
   * addresses. Only for tests and local development with receivers on this machine.
   */
  TEKSER_ALLOW_PRIVATE_URLS: z.enum(["on", "off"]).default("off"),
  /**
   * Which proxies in front of Tekser may name the client in X-Forwarded-For: a hop count ("1")
   * or a comma-separated list of addresses and CIDR ranges ("10.0.0.1,192.168.0.0/16"). Unset,
   * the connecting socket is the client: anyone could otherwise forge the address the audit
   * log records.
   */
  TEKSER_TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => parseTrustedProxies(value, context)),
  /** Requests one client address may make to the public pages and feeds per minute, counted across every instance on the database (then 429); 0: no limit. */
  TEKSER_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).default(DEFAULT_PUBLIC_LOAD_LIMITS.perClientPerMinute),
  /** Public requests handled at once by this process while no desk request is in flight (one at a time while one is). */
  TEKSER_PUBLIC_CONCURRENCY: z.coerce.number().int().min(1).default(DEFAULT_PUBLIC_LOAD_LIMITS.concurrency),
  /** Public requests kept waiting for their turn; beyond them, 503 with Retry-After. */
  TEKSER_PUBLIC_QUEUE: z.coerce.number().int().min(0).default(DEFAULT_PUBLIC_LOAD_LIMITS.queue),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Env = z.infer<typeof ZEnv>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The only place process.env is read. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const WEB_DIST_DIR = path.join(repoRoot, "apps/web/dist");
