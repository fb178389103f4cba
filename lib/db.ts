import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  // timeout: better-sqlite3's busy timeout, so concurrent writers wait for the
  // lock instead of failing with SQLITE_BUSY. WAL mode is set when the
  // database is prepared (scripts/prepare-db.mjs) and persists in the file.
  const adapter = new PrismaBetterSQLite3({ url: `file:${env.databaseFile}`, timeout: 10_000 });
  return new PrismaClient({
    adapter,
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
