import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { health } from "@/lib/ops/health";

// The test database was made by running each migration's SQL (tests/support/databases.ts), so
// it has no migration table yet; this test writes the rows `prisma migrate deploy` writes (the
// end-to-end test reads the health of a database that migrate deploy really migrated).
const engine = process.env.TEST_DB === "postgresql" ? "postgresql" : "sqlite";
const history = engine === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
const migrations = readdirSync(history, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;

/** Prisma's own table, as `prisma migrate deploy` creates it on each engine. */
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" ${engine === "postgresql" ? "TIMESTAMPTZ" : "DATETIME"},
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" ${engine === "postgresql" ? "TIMESTAMPTZ" : "DATETIME"},
  "started_at" ${engine === "postgresql" ? "TIMESTAMPTZ" : "DATETIME"} NOT NULL DEFAULT CURRENT_TIMESTAMP, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

describe("GET /api/health's report (both engines)", () => {
  it("a database that migrate deploy never touched has every migration pending", async () => {
    expect(await health()).toEqual({
      ok: false,
      version: { app: version, commit: env.buildCommit },
      database: { engine, reachable: true, migrations: { applied: 0, pending: migrations }, seeded: false, lessons: 0 },
    });
  });

  it("migrated but without the course: reachable, not ready", async () => {
    await db.$executeRawUnsafe(MIGRATIONS_TABLE);
    for (const [i, name] of migrations.entries())
      await db.$executeRawUnsafe(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ('m${i}', 'x', CURRENT_TIMESTAMP, '${name}', 1)`);
    // A migration that failed and was rolled back is not applied.
    await db.$executeRawUnsafe(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "rolled_back_at") VALUES ('rb', 'x', NULL, '99999999999999_rolled_back', CURRENT_TIMESTAMP)`);
    const state = await health();
    expect(state).toMatchObject({ ok: false, database: { reachable: true, migrations: { applied: migrations.length, pending: [] }, seeded: false, lessons: 0 } });
  });

  it("once the course is seeded it is ready", async () => {
    await seedCourse(db, loadCourse());
    const state = await health();
    expect(state.ok).toBe(true);
    expect(state.database).toMatchObject({ reachable: true, seeded: true, migrations: { applied: migrations.length, pending: [] } });
    expect(state.database.lessons).toBe(loadCourse().lessons.length);
  });

  it("a migration of this build missing from the database makes it not ready, and names it", async () => {
    const last = migrations.at(-1)!;
    await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${last}'`);
    const state = await health();
    expect(state.ok).toBe(false);
    expect(state.database.migrations).toEqual({ applied: migrations.length - 1, pending: [last] });
    expect(state.database.seeded).toBe(true);
  });
});
