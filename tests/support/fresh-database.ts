// Runs before each test file: gives the file its own data folder and a new
// SQLite database with every migration applied, so no two files share state
// and no test touches the development database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-test-"));
const file = path.join(dataDir, "test.db");
const sqlite = new Database(file);
sqlite.pragma("journal_mode = WAL");
const migrations = path.resolve("prisma/migrations");
for (const dir of readdirSync(migrations).filter((d) => /^\d+_/.test(d)).sort())
  sqlite.exec(readFileSync(path.join(migrations, dir, "migration.sql"), "utf8"));
sqlite.close();

process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = `file:${file}`;
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
process.env.COUNT_QUERIES = "1";
