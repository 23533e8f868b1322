import { readEnv } from "./env.ts";
import { startTekser } from "./start.ts";

const tekser = await startTekser(readEnv());
console.log(`  Tekser is running at ${tekser.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void tekser.stop().then(() => process.exit(0));
  });
}
