// Both engines are built from one source, prisma/schema.prisma. This fails when the derived
// PostgreSQL schema or either migration history falls out of step with it: each history, applied
// to an empty database, must give exactly the tables, columns, indexes and keys that the schema
// itself gives.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { postgresSchema, SCHEMAS } from "@/scripts/db/schemas.mjs";
import { createPostgresDatabase, dropPostgresDatabase, migrationFiles, withPostgres } from "../support/databases";

const tmp = mkdtempSync(path.join(tmpdir(), "ihl-drift-"));

/** The SQL that creates the schema from nothing, as Prisma writes it. */
function sqlFromSchema(schemaFile: string): string {
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
}

function sqliteCatalog(statements: string[]) {
  const db = new Database(":memory:");
  for (const sql of statements) db.exec(sql);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").pluck().all() as string[];
  const catalog = Object.fromEntries(
    tables.map((t) => [
      t,
      {
        columns: db.pragma(`table_info("${t}")`),
        indexes: (db.pragma(`index_list("${t}")`) as { name: string; unique: number }[])
          .map((i) => ({ unique: i.unique, columns: (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
        foreignKeys: db.pragma(`foreign_key_list("${t}")`),
      },
    ]),
  );
  db.close();
  return catalog;
}

async function postgresCatalog(statements: string[]) {
  const { name, url } = await createPostgresDatabase({ migrate: false });
  try {
    return await withPostgres(url, async (c) => {
      for (const sql of statements) await c.query(sql);
      const q = async (sql: string) => (await c.query(sql)).rows;
      return {
        columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
        indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`),
        constraints: await q(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`),
        enums: await q(`SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, e.enumsortorder`),
      };
    });
  } finally {
    await dropPostgresDatabase(name);
  }
}

const history = (provider: keyof typeof SCHEMAS) => migrationFiles(path.resolve(SCHEMAS[provider].migrations)).map((f) => readFileSync(f, "utf8"));

describe("one schema, two engines", () => {
  it("the committed PostgreSQL schema is the one derived from prisma/schema.prisma (run `node scripts/db/schemas.mjs`)", () => {
    expect(readFileSync(SCHEMAS.postgresql.schema, "utf8")).toBe(postgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8")));
  });

  it("both migration histories have the same migrations, in the same order", () => {
    const names = (dir: string) => readdirSync(dir).filter((d) => /^\d+_/.test(d)).sort();
    expect(names(SCHEMAS.postgresql.migrations)).toEqual(names(SCHEMAS.sqlite.migrations));
  });

  it("the SQLite history builds exactly what the schema describes", () => {
    expect(sqliteCatalog(history("sqlite"))).toEqual(sqliteCatalog([sqlFromSchema(SCHEMAS.sqlite.schema)]));
  }, 60_000);

  it("the PostgreSQL history builds exactly what the schema describes", async () => {
    const derived = path.join(tmp, "postgres.prisma");
    writeFileSync(derived, postgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8")));
    expect(await postgresCatalog(history("postgresql"))).toEqual(await postgresCatalog([sqlFromSchema(derived)]));
  }, 60_000);
});
