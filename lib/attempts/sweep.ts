import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { GRACE_MS } from "@/lib/quiz/policy";
import { finaliseAttempt } from "./finalise";
import { currentTime } from "@/lib/clock";

/**
 * Finalises every attempt past its deadline and grace, each on its own: one
 * that fails is logged and left for the next sweep, and the others go on.
 * Several sweepers at once are safe: each attempt is closed by one of them.
 */
export async function sweepOverdueAttempts(now = currentTime()): Promise<{ finalised: number; failed: number }> {
  const overdue = await db.attempt.findMany({
    where: { status: "IN_PROGRESS", deadline: { not: null, lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true, deadline: true },
  });
  let failed = 0;
  for (const a of overdue) {
    try {
      await finaliseAttempt(a.id, a.deadline!);
    } catch (error) {
      failed++;
      log.error("could not finalise an overdue attempt", { attemptId: a.id, err: error });
    }
  }
  return { finalised: overdue.length - failed, failed };
}
