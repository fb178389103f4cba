import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";

const options = {
  // Query events cost work on every query, so only tests and the benchmark
  // (COUNT_QUERIES=1) ask for them, to count the SQL a page runs (see countQueries).
  log: env.countQueries ? [{ emit: "event" as const, level: "query" as const }] : [],
  // How long an interactive transaction (a submit, a roll-up) may wait for a connection of the
  // pool (maxWait: as long as SQLite's busy timeout) and then run (timeout). Prisma's defaults,
  // 2 s and 5 s, made some of a hundred submits at once fail with P2028 on PostgreSQL
  // (10 connections) on an overloaded machine (tests/e2e/crash.spec.ts, the school burst), after
  // the work was done; a slow answer is better than a failed one.
  transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  // Secrets are left out of every query unless a query selects them by name.
  omit: {
    user: { passwordHash: true },
    // The authored form holds the answer key too; only the course export selects it.
    questionVersion: { answerKey: true, explanation: true, authored: true },
  },
};

/**
 * The client for the engine that lib/env.js resolved. Both generated clients have the same
 * models and API (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), so the
 * app is typed against one of them.
 */
function createClient() {
  if (env.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: env.databaseUrl! });
    return new PgPrismaClient({ adapter, ...options }) as unknown as ReturnType<typeof sqliteClient>;
  }
  return sqliteClient();
}

function sqliteClient() {
  // timeout: better-sqlite3's busy timeout, so concurrent writers wait for the
  // lock instead of failing with SQLITE_BUSY. WAL mode is set when the
  // database is prepared (scripts/prepare-db.mjs) and persists in the file.
  const adapter = new PrismaBetterSQLite3({ url: `file:${env.databaseFile}`, timeout: 10_000 });
  return new PrismaClient({ adapter, ...options });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

/** The one Prisma client. Kept on globalThis so dev-server reloads reuse it. */
export const db = globalForPrisma.prisma ?? createClient();
if (env.nodeEnv !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
export type Tx = Prisma.TransactionClient;

/** A write refused by a unique index: the row another request created first. */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Takes the write lock on one row for the rest of the transaction, before anything is read,
 * so that transactions that read, change and write back the same data run one after another.
 * PostgreSQL locks the row (SELECT … FOR UPDATE; READ COMMITTED then re-reads fresh data in
 * each later statement). SQLite has one writer at a time: an empty UPDATE takes the database's
 * write lock now, instead of failing later with SQLITE_BUSY when a read transaction tries to
 * become a write transaction.
 */
export async function lockRow(tx: Tx, table: "User" | "Attempt" | "Course" | "CourseDraft", id: string): Promise<void> {
  // The table name comes from the closed union above, never from input.
  if (env.provider === "postgresql") await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
  else await tx.$executeRawUnsafe(`UPDATE "${table}" SET "id" = "id" WHERE "id" = ?`, id);
}

/**
 * Takes a named lock for the rest of the transaction, for work that has no row to lock yet
 * (seeding an empty database). PostgreSQL: a transaction-scoped advisory lock. SQLite: the
 * database's write lock, which any write statement takes, even one that changes no row.
 */
export async function lockName(tx: Tx, name: string): Promise<void> {
  if (env.provider === "postgresql") await tx.$queryRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))::text", name);
  else await tx.$executeRawUnsafe(`UPDATE "Lease" SET "name" = "name" WHERE "name" = ?`, name);
}

let queryCount = 0;
if (env.countQueries)
  db.$on("query", () => {
    queryCount++;
  });

/**
 * Runs `work` and counts the SQL statements the client sent meanwhile. For
 * tests and benchmarks, with COUNT_QUERIES=1: it counts every query of the
 * process, so run nothing else at the same time.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  if (!env.countQueries) throw new Error("countQueries needs COUNT_QUERIES=1");
  const before = queryCount;
  const result = await work();
  return { result, queries: queryCount - before };
}
