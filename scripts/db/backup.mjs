// `npm run db:backup [-- <file>]` and `npm run db:restore -- <file>`: backups of the embedded
// (SQLite) database. On PostgreSQL both say how to use pg_dump and pg_restore, and fail.
//
// Backup: SQLite's online backup API (better-sqlite3's db.backup) copies the database in one
// step, inside one read transaction: a consistent snapshot that holds every transaction committed
// before it started, taken while the app keeps running and writing (WAL mode: the copy never
// blocks the app's writers). It goes to DATA_DIR/backups/ihl-<UTC time>.db, or to the file named,
// and is checked with PRAGMA integrity_check before it is called a backup.
//
// Restore: checks the backup (integrity_check, and that it is this app's database), refuses while
// any other process has the database open (the app, its sweeper, another instance: stop them
// first), keeps the database it replaces beside it as <file>.replaced-<UTC time>, and puts the
// backup in its place. The next `npm start` applies any migration newer than the backup.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** 20261202T014512Z: a UTC time for file names. */
export const stamp = (date = new Date()) => date.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");

export const POSTGRES_ADVICE = `This app's database is PostgreSQL (DATABASE_URL): back it up and restore it with PostgreSQL's own tools.

  Back up (a consistent snapshot, taken while the app runs):
    pg_dump --format=custom --file=ihl-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"

  Restore (stop every instance first; into the same or a new, empty database):
    pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ihl-<time>.dump
    npm run db:prepare     # applies any migration newer than the backup

The database is all there is to back up: the app keeps no other state. NEXTAUTH_SECRET and
DATABASE_URL live in the deployment's environment, not in the database: keep them in your
secret store, not next to the dumps.`;

/** PRAGMA integrity_check of a SQLite file: "ok", or the problems it lists. */
function integrity(sqlite) {
  const rows = sqlite.pragma("integrity_check", { simple: false }).map((r) => Object.values(r)[0]);
  return rows.length === 1 && rows[0] === "ok" ? "ok" : rows.slice(0, 5).join("; ");
}

/** What a file holds, when it is this app's database: migrations and a few counts. */
function describe(sqlite) {
  const table = (name) => sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (!table("_prisma_migrations") || !table("Answer") || !table("Attempt")) return null;
  const count = (sql) => Number(sqlite.prepare(sql).pluck().get());
  return {
    migration: sqlite.prepare('SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name" DESC LIMIT 1').pluck().get() ?? null,
    users: count('SELECT COUNT(*) FROM "User"'),
    attempts: count('SELECT COUNT(*) FROM "Attempt"'),
    answers: count('SELECT COUNT(*) FROM "Answer"'),
  };
}

const summary = (d) => `${d.users} accounts, ${d.attempts} attempts, ${d.answers} answers; latest migration ${d.migration}`;

/** Flushes a file to disk, so that a rename after it never points at unwritten data. */
function sync(file) {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the live database `source` to `target` (a new file) with the online backup API, in one
 * step; checks the copy. Returns what the copy holds.
 */
export async function backupSqlite(source, target) {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}: nothing to back up.`);
  if (existsSync(target)) throw new Error(`${target} already exists: name a new file.`);
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const live = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    // After the first call, ask for every remaining page at once: one read transaction, so the
    // copy is the database as of one moment, and the app's writes never make it start over.
    await live.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    live.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  let contents;
  try {
    // A backup is one self-contained file: no -wal beside it.
    copy.pragma("journal_mode = DELETE");
    const check = integrity(copy);
    if (check !== "ok") throw new Error(`The copy failed its integrity check: ${check}`);
    contents = describe(copy);
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  // It holds accounts (password hashes) and answers: readable by the owner only.
  chmodSync(partial, 0o600);
  sync(partial);
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, contents };
}

/** Throws when another process has `file` open (a running app keeps its connection open). */
function takeExclusively(file) {
  const sqlite = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    // EXCLUSIVE locking mode takes the file lock that every other open WAL connection blocks,
    // and keeps it until close: nothing else can open the database meanwhile.
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.exec("COMMIT");
  } catch (error) {
    sqlite.close();
    if (error.code === "SQLITE_BUSY" || error.code === "SQLITE_LOCKED")
      throw new Error(`The database ${file} is in use. Stop the app first (npm start, its sweeper, and any other instance on this file), then run db:restore again.`);
    throw error;
  }
  return sqlite;
}

/**
 * Puts the backup `backup` in place of the database `target`, which no other process may have
 * open. The replaced database is kept as `<target>.replaced-<time>`. Returns what was restored.
 */
export function restoreSqlite(backup, target) {
  if (!existsSync(backup)) throw new Error(`There is no file at ${backup}.`);
  if (path.resolve(backup) === path.resolve(target)) throw new Error("That is the database itself, not a backup of it.");
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  let contents;
  try {
    const check = (() => {
      try {
        return integrity(source);
      } catch (error) {
        if (error.code === "SQLITE_NOTADB") throw new Error(`${backup} is not a SQLite database: it was not restored.`);
        throw error;
      }
    })();
    if (check !== "ok") throw new Error(`${backup} failed its integrity check, so it was not restored: ${check}`);
    contents = describe(source);
    if (!contents) throw new Error(`${backup} is a SQLite file but not a database of this app: it was not restored.`);
  } finally {
    source.close();
  }

  mkdirSync(path.dirname(target), { recursive: true });
  let keptAs = null;
  if (existsSync(target)) {
    const current = takeExclusively(target);
    // Fold the write-ahead log into the file, so the copy kept aside is complete on its own.
    try {
      current.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      current.close();
    }
    keptAs = `${target}.replaced-${stamp()}`;
    renameSync(target, keptAs);
    // A log left by a crash belongs to the replaced file, never to the restored one.
    for (const suffix of ["-wal", "-shm"]) if (existsSync(target + suffix)) renameSync(target + suffix, keptAs + suffix);
  }
  const partial = `${target}.restoring`;
  copyFileSync(backup, partial);
  const restored = new Database(partial, { fileMustExist: true });
  try {
    restored.pragma("journal_mode = WAL");
    const check = integrity(restored);
    if (check !== "ok") throw new Error(`The restored copy failed its integrity check: ${check}`);
  } finally {
    restored.close();
  }
  chmodSync(partial, 0o600);
  sync(partial);
  renameSync(partial, target);
  return { file: target, keptAs, contents };
}

async function main() {
  const { loadEnvOrExit } = await import("../load-env.mjs");
  const env = await loadEnvOrExit();
  const [command, file] = process.argv.slice(2);
  if (env.provider === "postgresql") {
    console.error(POSTGRES_ADVICE);
    process.exit(1);
  }
  try {
    if (command === "backup") {
      const target = path.resolve(file ?? path.join(env.dataDir, "backups", `ihl-${stamp()}.db`));
      const done = await backupSqlite(env.databaseFile, target);
      console.log(`Backed up ${env.databaseFile}\n  to ${done.file} (${Math.round(done.bytes / 1024)} KB, integrity ok)\n  ${done.contents ? summary(done.contents) : "(not yet migrated)"}`);
    } else if (command === "restore") {
      if (!file) throw new Error("Name the backup to restore: npm run db:restore -- data/backups/ihl-<time>.db");
      const done = restoreSqlite(path.resolve(file), env.databaseFile);
      console.log(
        `Restored ${path.resolve(file)}\n  to ${done.file} (integrity ok): ${summary(done.contents)}` +
          (done.keptAs ? `\n  The database it replaced is kept as ${done.keptAs}` : "") +
          "\nStart the app again with npm start: it applies any migration newer than the backup.",
      );
    } else throw new Error("usage: node scripts/db/backup.mjs backup [file] | restore <file>");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
