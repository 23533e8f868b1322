import { readFileSync } from "node:fs";
import { fixtureUrl } from "@tekser/fixtures";
import { parseInput, type InputFormat, type ParseOutcome } from "../src/index.ts";

export const fetchedAt = new Date("2026-03-14T12:00:00Z");
const FORMATS_DIR = new URL("../fixtures/formats/", import.meta.url);
export const REAL_DIR = fixtureUrl("real/rss-parser/");

export function fixtureBytes(name: string, dir: URL = FORMATS_DIR): Uint8Array {
  return readFileSync(new URL(name, dir));
}

export function parseFixture(name: string, options: { dir?: URL; format?: InputFormat } = {}): ParseOutcome {
  return parseInput({ name, bytes: fixtureBytes(name, options.dir), fetchedAt, format: options.format });
}

export const encode = (s: string) => new TextEncoder().encode(s);

/** `text`'s bytes cut into pieces of the given sizes (cycled), as a stream would deliver them. */
export function inPieces(text: string, pieceSizes: number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const pieces: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = pieceSizes[i % pieceSizes.length] ?? 1;
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return pieces;
}
