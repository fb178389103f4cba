// Fresh, migrated databases for tests and scripts: one SQLite file, or one PostgreSQL database
// on the server that TEST_POSTGRES_URL names. Each migration history is applied as its SQL files.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

/** A server where the tests may create databases: the local one, as the current OS user, unless TEST_POSTGRES_URL says otherwise. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? `postgresql://${userInfo().username}@localhost:5432/postgres`;

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

/** The URL of another database on the same server. */
export function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named ihl_test_<random>; with `migrate`, applies every migration. */
export async function createPostgresDatabase({ migrate = true } = {}): Promise<{ name: string; url: string }> {
  const name = `ihl_test_${randomBytes(6).toString("hex")}`;
  await withPostgres(POSTGRES_ADMIN_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = postgresUrl(name);
  if (migrate)
    await withPostgres(url, async (c) => {
      for (const migration of migrationFiles(path.resolve("prisma/postgres/migrations"))) await c.query(readFileSync(migration, "utf8"));
    });
  return { name, url };
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withPostgres(POSTGRES_ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
