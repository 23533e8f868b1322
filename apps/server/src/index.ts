export { startTekser, type RunningTekser } from "./start.ts";
export { readEnv, type Env } from "./env.ts";
