// Writes a migration from the change to prisma/schema.prisma since the last commit, for both
// engines: prisma/migrations/ (SQLite) and prisma/postgres/migrations/ (PostgreSQL), under the
// same name. It also rewrites prisma/postgres/schema.prisma. `prisma migrate dev` does not work
// with the WebAssembly schema engine, so this diffs the committed schema against the edited one
// (docs/environment.md). Usage: npm run db:migration -- add_review_items
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { postgresSchema, SCHEMAS } from "./db/schemas.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}

let committed = null;
try {
  committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
} catch {
  // No committed schema yet: diff from an empty database.
}
const edited = readFileSync(SCHEMAS.sqlite.schema, "utf8");
writeFileSync(SCHEMAS.postgresql.schema, postgresSchema(edited));

const tmp = mkdtempSync(path.join(tmpdir(), "schema-"));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const variants = {
  sqlite: (text) => text,
  postgresql: postgresSchema,
};
for (const [provider, derive] of Object.entries(variants)) {
  const to = path.join(tmp, `${provider}-new.prisma`);
  writeFileSync(to, derive(edited));
  const args = ["prisma", "migrate", "diff", "--to-schema-datamodel", to, "--script"];
  if (committed) {
    const from = path.join(tmp, `${provider}-old.prisma`);
    writeFileSync(from, derive(committed));
    args.push("--from-schema-datamodel", from);
  } else {
    args.push("--from-empty");
  }
  const sql = execFileSync("npx", args, { encoding: "utf8" });
  if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
    console.log("The schema has not changed since the last commit: no migration written.");
    process.exit(0);
  }
  const migrations = SCHEMAS[provider].migrations;
  const dir = path.join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(migrations, "migration_lock.toml"), `provider = "${provider}"\n`);
  console.log(`Wrote ${dir}/migration.sql`);
}
