import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env.js";
import { SCHEMAS } from "./scripts/db/schemas.mjs";

// Prisma 6.19 with its WebAssembly schema engine and a driver adapter: no engine binary is
// downloaded (docs/environment.md). The engine that lib/env.js resolves from DATABASE_URL picks
// the schema and the migration history: SQLite by default, PostgreSQL for a postgres:// URL.
const target = SCHEMAS[env.provider];

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.schema,
  migrations: { path: target.migrations },
  async adapter() {
    if (env.provider === "postgresql") return new PrismaPg({ connectionString: env.databaseUrl! });
    // timeout: wait for a lock that a running app holds rather than fail at once.
    return new PrismaBetterSQLite3({ url: `file:${env.databaseFile}`, timeout: 10_000 });
  },
});
