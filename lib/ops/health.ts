import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import pkg from "@/package.json";
import { SCHEMAS } from "@/scripts/db/schemas.mjs";

export type Health = {
  /** Ready to serve: the database answers, has every migration of this build, and holds the course. */
  ok: boolean;
  version: { app: string; commit: string | null };
  database: {
    engine: "sqlite" | "postgresql";
    reachable: boolean;
    /** Migrations of this build applied to the database, and those not (yet) applied; null when unreachable. */
    migrations: { applied: number; pending: string[] } | null;
    seeded: boolean;
    lessons: number;
  };
};

let expected: string[] | null = null;
/** The migrations this build knows (the folders of the engine's migration history), read once. */
function expectedMigrations(): string[] {
  expected ??= readdirSync(path.join(/*turbopackIgnore: true*/ process.cwd(), SCHEMAS[env.provider].migrations), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return expected;
}

/** Migrations that `prisma migrate deploy` finished and that were not rolled back (none if it never ran). */
async function appliedMigrations(): Promise<Set<string>> {
  const table = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    env.provider === "postgresql"
      ? "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'"
      : "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  );
  if (Number(table[0]?.n ?? 0) === 0) return new Set();
  const rows = await db.$queryRawUnsafe<{ name: string }[]>('SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL');
  return new Set(rows.map((r) => r.name));
}

/**
 * Readiness and version: which build this is, and the database's state. The database is
 * unreachable when a query fails (the error is logged, not returned); the course is seeded
 * when it has lessons.
 */
export async function health(): Promise<Health> {
  const version = { app: pkg.version, commit: env.buildCommit };
  const engine = env.provider;
  try {
    const applied = await appliedMigrations();
    const pending = expectedMigrations().filter((m) => !applied.has(m));
    // No Lesson table yet (migrations not applied) counts as not seeded.
    const lessons = await db.lesson.count().catch(() => 0);
    const seeded = lessons > 0;
    return { ok: pending.length === 0 && seeded, version, database: { engine, reachable: true, migrations: { applied: applied.size, pending }, seeded, lessons } };
  } catch (error) {
    log.error("health: the database did not answer", { err: error });
    return { ok: false, version, database: { engine, reachable: false, migrations: null, seeded: false, lessons: 0 } };
  }
}
