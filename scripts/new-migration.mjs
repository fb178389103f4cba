// Writes a migration from the change to prisma/schema.prisma since the last commit.
// `prisma migrate dev` does not work with the WebAssembly schema engine, so this
// diffs the committed schema against the edited one (see ENVIRONMENT.md).
// Usage: npm run db:migration -- add_review_items
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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

const args = ["prisma", "migrate", "diff", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
if (committed) {
  const old = path.join(mkdtempSync(path.join(tmpdir(), "schema-")), "schema.prisma");
  writeFileSync(old, committed);
  args.push("--from-schema-datamodel", old);
} else {
  args.push("--from-empty");
}

const sql = execFileSync("npx", args, { encoding: "utf8" });
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  console.log("The schema has not changed since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
writeFileSync(path.join("prisma", "migrations", "migration_lock.toml"), 'provider = "sqlite"\n');
console.log(`Wrote ${dir}/migration.sql`);
