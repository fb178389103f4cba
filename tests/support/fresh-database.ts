// Runs before each test file: gives the file its own data folder and a new database with every
// migration applied, so no two files share state and no test touches the development database.
// SQLite by default; with TEST_DB=postgresql, a new PostgreSQL database on the server that
// TEST_POSTGRES_URL names (default: the local server), dropped when the file is done.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createPostgresDatabase, createSqliteDatabase, dropPostgresDatabase } from "./databases";

const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-test-"));

if (process.env.TEST_DB === "postgresql") {
  const { url, name } = await createPostgresDatabase();
  process.env.DATABASE_URL = url;
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await dropPostgresDatabase(name);
  });
} else {
  process.env.DATABASE_URL = `file:${createSqliteDatabase(dataDir)}`;
}

process.env.DATA_DIR = dataDir;
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
process.env.COUNT_QUERIES = "1";
