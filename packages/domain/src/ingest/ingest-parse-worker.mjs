// Entry of the parsing thread. Tekser runs its TypeScript through tsx, which a worker thread does
// not inherit: register it here, then load the thread's code.
import { register } from "tsx/esm/api";

register();
await import("./ingest-parse-thread.ts");
