import { execFile } from "node:child_process";
import sharp from "sharp";
import { MAX_INPUT_PIXELS } from "./perceptual-hash.ts";

const OCR_TIMEOUT_MS = 60_000;
const OCR_LANGUAGES = ["kaz", "rus", "eng"] as const;
/** Tesseract reads small text badly: narrower images are enlarged to about this width first. */
const MIN_OCR_WIDTH = 1600;

export type OcrAvailability = { available: true } | { available: false; reason: string };

let availability: Promise<OcrAvailability> | undefined;

/**
 * Whether the `tesseract` command and the kk, ru and en language data are installed (checked
 * once per process). Without them media still works; images are stored but not read.
 */
export function ocrAvailability(): Promise<OcrAvailability> {
  availability ??= new Promise((resolve) => {
    execFile("tesseract", ["--list-langs"], { timeout: 10_000 }, (error, stdout) => {
      if (error)
        return resolve({
          available: false,
          reason:
            "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng)",
        });
      const installed = new Set(stdout.split(/\s+/));
      const missing = OCR_LANGUAGES.filter((lang) => !installed.has(lang));
      resolve(
        missing.length === 0
          ? { available: true }
          : {
              available: false,
              reason: `tesseract has no language data for ${missing.join(", ")} (apt-get install ${missing.map((lang) => `tesseract-ocr-${lang}`).join(" ")})`,
            },
      );
    });
  });
  return availability;
}

/**
 * The text Tesseract reads in an image (Kazakh, Russian and English together), whitespace
 * tidied. The media worker runs one call at a time, so OCR leaves the other core to ingest.
 */
export async function recogniseText(bytes: Uint8Array): Promise<string> {
  const state = await ocrAvailability();
  if (!state.available) throw new Error(state.reason);
  const input = await prepareForOcr(bytes);
  const output = await new Promise<string>((resolve, reject) => {
    const child = execFile(
      "tesseract",
      ["stdin", "stdout", "-l", OCR_LANGUAGES.join("+"), "--psm", "3"],
      { timeout: OCR_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: "utf8" },
      (error, stdout) => (error ? reject(new Error(`tesseract failed: ${error.message}`)) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
  return tidyOcrText(output);
}

async function prepareForOcr(bytes: Uint8Array): Promise<Buffer> {
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).flatten({ background: "#ffffff" }).grayscale();
  const { width = 0 } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  if (width > 0 && width < MIN_OCR_WIDTH) image.resize({ width: Math.min(MIN_OCR_WIDTH, width * 3) });
  return image.png().toBuffer();
}

/** Joins the lines of a paragraph (OCR breaks them where the picture did) and drops empty lines. */
export function tidyOcrText(raw: string): string {
  return raw
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/-\n(?=\p{Ll})/gu, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join("\n");
}
