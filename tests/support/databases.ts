// Fresh, migrated databases for tests and scripts: one SQLite file, or one PostgreSQL database
// on the server that TEST_POSTGRES_URL names. Each migration history is applied as its SQL files.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { adminQuery, postgresUrl, withPostgres } from "../../scripts/db/postgres.mjs";

export function migrationFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .map((d) => path.join(dir, d, "migration.sql"));
}

export function createSqliteDatabase(dir: string, name = "test.db"): string {
  const file = path.join(dir, name);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const migration of migrationFiles(path.resolve("prisma/migrations"))) sqlite.exec(readFileSync(migration, "utf8"));
  sqlite.close();
  return file;
}

export { withPostgres };

/** Creates an empty database named ihl_test_<random>; with `migrate`, applies every migration. */
export async function createPostgresDatabase({ migrate = true } = {}): Promise<{ name: string; url: string }> {
  const name = `ihl_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = postgresUrl(name);
  if (migrate)
    await withPostgres(url, async (c) => {
      for (const migration of migrationFiles(path.resolve("prisma/postgres/migrations"))) await c.query(readFileSync(migration, "utf8"));
    });
  return { name, url };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
