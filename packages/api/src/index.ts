export { appRouter, createCaller, type AppRouter } from "./root.ts";
export type { Context, SessionCookie } from "./context.ts";
