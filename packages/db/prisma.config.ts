import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with the JavaScript schema engine: the native schema engine would have to be
// downloaded, which this project's machines cannot do (see docs/decisions/0001-prisma-6-js-engine.md).
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  engine: "js",
  adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) return Promise.reject(new Error("DATABASE_URL must be set when running the Prisma CLI"));
    return Promise.resolve(new PrismaPg({ connectionString }));
  },
});
