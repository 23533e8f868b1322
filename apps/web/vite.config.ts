import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The Fastify server (`pnpm dev` in apps/server) that serves tRPC, feeds and notice pages. */
const server = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
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
