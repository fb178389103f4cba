// One source for both database engines. prisma/schema.prisma (SQLite) is the schema we edit;
// prisma/postgres/schema.prisma is derived from it by postgresSchema() and committed, so that
// each engine has its own generated client and its own migration history.
// `node scripts/db/schemas.mjs` rewrites the PostgreSQL schema; tests/integration/schema-drift.test.ts
// fails when the committed copy or either migration history falls out of step.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export const SCHEMAS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" },
};

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/db/schemas.mjs: edit that file, not this one.\n";

/** The PostgreSQL schema for a SQLite schema text: another provider, URL and client folder. */
export function postgresSchema(sqlite) {
  const out = sqlite
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace(/url(\s*)= "file:[^"]*"/, 'url$1= "postgresql://localhost:5432/ignored"')
    .replace(/output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-pg"');
  for (const [needle, what] of [
    ['provider = "postgresql"', "provider"],
    ["postgresql://localhost:5432/ignored", "url"],
    ["../../lib/generated/prisma-pg", "output"],
  ])
    if (!out.includes(needle)) throw new Error(`prisma/schema.prisma: could not rewrite its ${what} line for PostgreSQL`);
  return HEADER + out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = SCHEMAS.postgresql.schema;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, postgresSchema(readFileSync(SCHEMAS.sqlite.schema, "utf8")));
  console.log(`Wrote ${target}`);
}
