import { readFileSync } from "node:fs";
import { parseInput, type InputFormat, type ParseOutcome } from "../src/index.ts";

export const fetchedAt = new Date("2026-03-14T12:00:00Z");
const FORMATS_DIR = new URL("../fixtures/formats/", import.meta.url);
export const REAL_DIR = new URL("../../../../shared/fixtures/real/rss-parser/", import.meta.url);

export function fixtureBytes(name: string, dir: URL = FORMATS_DIR): Uint8Array {
  return readFileSync(new URL(name, dir));
}

export function parseFixture(name: string, options: { dir?: URL; format?: InputFormat } = {}): ParseOutcome {
  return parseInput({ name, bytes: fixtureBytes(name, options.dir), fetchedAt, format: options.format });
}

export const encode = (s: string) => new TextEncoder().encode(s);
