import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompressedAssets } from "./build/precompressed-assets.ts";

/** The Fastify server (`pnpm dev` in apps/server) that serves tRPC, feeds and notice pages. */
const server = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react(), precompressedAssets()],
  server: {
    proxy: {
      "/trpc": server,
      "/feed.xml": server,
      "/feed.json": server,
      "/notices": server,
      "/healthz": server,
      "/ingest/upload": server,
    },
  },
  build: { outDir: "dist", emptyOutDir: true },
});
