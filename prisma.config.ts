import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env.js";

// Prisma 6.19 with its WebAssembly schema engine and a driver adapter: no
// engine binary is downloaded (see ENVIRONMENT.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: `file:${env.databaseFile}` });
  },
});
