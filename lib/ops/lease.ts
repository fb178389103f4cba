import "server-only";
import { currentTime } from "@/lib/clock";
import { db, isUniqueViolation } from "@/lib/db";

/**
 * Takes or renews the named lease for `holder` until now + `ttlMs`, and says whether
 * `holder` holds it. A lease held by another holder is taken over only once it has expired.
 * Safe under concurrency: on PostgreSQL the conditional UPDATE re-checks its WHERE on the
 * newest row once it gets the lock, and the first INSERT of a name wins on the primary key.
 */
export async function holdLease(name: string, holder: string, ttlMs: number, now = currentTime()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await db.lease.updateMany({ where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt } });
  if (taken.count > 0) return true;
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
