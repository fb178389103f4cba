// Creates and migrates the database, turns on WAL, and seeds the course.
// Safe to run on every start: each step is idempotent.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadEnvOrExit } from "./load-env.mjs";

const env = await loadEnvOrExit();

mkdirSync(path.dirname(env.databaseFile), { recursive: true });
// WAL lets readers work while one writer writes; the setting persists in the file.
const sqlite = new Database(env.databaseFile);
sqlite.pragma("journal_mode = WAL");
sqlite.close();

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
