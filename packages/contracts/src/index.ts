export * from "./enums.ts";
export * from "./ingest.ts";
export * from "./publish.ts";
