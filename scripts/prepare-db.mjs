// Creates and migrates the database, and seeds the course. Safe to run on every start, and
// from several instances at once: each step is idempotent, `prisma migrate deploy` takes a
// lock of its own, and seeding takes the course's row lock (lib/content/seed.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadEnvOrExit } from "./load-env.mjs";

const env = await loadEnvOrExit();

if (env.provider === "sqlite") {
  mkdirSync(path.dirname(env.databaseFile), { recursive: true });
  // WAL lets readers work while one writer writes; the setting persists in the file.
  const sqlite = new Database(env.databaseFile, { timeout: 10_000 });
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
try {
  run("npx", ["prisma", "migrate", "deploy"]);
} catch {
  console.error(
    env.provider === "sqlite"
      ? `\nCould not migrate the database ${env.databaseFile}.\nIf another copy of the app is running on this file and busy, wait a moment and start again.`
      : "\nCould not migrate the PostgreSQL database named by DATABASE_URL: check that the server is running and the URL is right.",
  );
  process.exit(1);
}
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
