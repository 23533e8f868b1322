import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

/**
 * A screenshot of a post: the text set in DejaVu Sans, dark on white, as a phone screenshot of a
 * news post looks. Rendered here (Pango through sharp) so the test set is made by the project.
 */
export async function renderScreenshot(
  text: string,
  { width = 900, fontSize = 26 }: { width?: number; fontSize?: number } = {},
): Promise<Buffer> {
  const escaped = text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const rendered = await sharp({
    text: {
      text: `<span foreground="#1a1a1a">${escaped}</span>`,
      font: `DejaVu Sans ${fontSize}`,
      width: width - 80,
      rgba: true,
      dpi: 96,
    },
  })
    .png()
    .toBuffer();
  const { height = 0 } = await sharp(rendered).metadata();
  return sharp({ create: { width, height: height + 80, channels: 3, background: "#ffffff" } })
    .composite([{ input: rendered, top: 40, left: 40 }])
    .png()
    .toBuffer();
}

/**
 * A photo-like picture from a seed: smooth colour fields and a few shapes (what a news photo's
 * hash sees at 9×8), different for each seed.
 */
export async function renderPhoto(seed: number, width = 800, height = 600): Promise<Buffer> {
  let state = seed * 9301 + 49297;
  const random = () => (state = (state * 9301 + 49297) % 233280) / 233280;
  const shapes = Array.from({ length: 7 }, () => {
    const [x, y, r] = [random() * width, random() * height, 40 + random() * 200];
    const colour = `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)})`;
    return random() > 0.5
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`
      : `<rect x="${x - r}" y="${y - r / 2}" width="${r * 1.6}" height="${r}" fill="${colour}"/>`;
  });
  const top = `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 255)},${Math.floor(random() * 255)})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="#203040"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** A re-posted copy: resized, recompressed as JPEG and, when asked, cropped by a few per cent. */
export async function repostedCopy(
  bytes: Buffer,
  { width, quality = 60, cropPercent = 0 }: { width: number; quality?: number; cropPercent?: number },
): Promise<Buffer> {
  const { width: w = 0, height: h = 0 } = await sharp(bytes).metadata();
  const [dx, dy] = [Math.round((w * cropPercent) / 100), Math.round((h * cropPercent) / 100)];
  return sharp(bytes)
    .extract({ left: dx, top: dy, width: w - 2 * dx, height: h - 2 * dy })
    .resize({ width })
    .jpeg({ quality })
    .toBuffer();
}

/** A local web server answering each path with the given bytes and type (no remote site is called). */
export async function serveFiles(
  files: Record<string, { body: Buffer | string; type: string }>,
): Promise<{ base: string; close: () => Promise<void>; hits: () => number }> {
  let hits = 0;
  const server: Server = createServer((request, response) => {
    hits++;
    const file = files[request.url ?? ""];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    hits: () => hits,
  };
}
