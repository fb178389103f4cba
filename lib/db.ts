import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  // timeout: better-sqlite3's busy timeout, so concurrent writers wait for the
  // lock instead of failing with SQLITE_BUSY. WAL mode is set when the
  // database is prepared (scripts/prepare-db.mjs) and persists in the file.
  const adapter = new PrismaBetterSQLite3({ url: `file:${env.databaseFile}`, timeout: 10_000 });
  return new PrismaClient({
    adapter,
    // Query events cost work on every query, so only tests and the benchmark
    // (COUNT_QUERIES=1) ask for them, to count the SQL a page runs (see countQueries).
    log: env.countQueries ? [{ emit: "event" as const, level: "query" as const }] : [],
    // Secrets are left out of every query unless a query selects them by name.
    omit: {
      user: { passwordHash: true },
      questionVersion: { answerKey: true, explanation: true },
    },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

/** The one Prisma client. Kept on globalThis so dev-server reloads reuse it. */
export const db = globalForPrisma.prisma ?? createClient();
if (env.nodeEnv !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;

/** A write refused by a unique index: the row another request created first. */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

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
