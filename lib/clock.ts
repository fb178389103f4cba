import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export const CLOCK_OFFSET_FILE = "clock-offset-ms";

/**
 * The one clock of every time-dependent rule: attempt deadlines, assignment status, review
 * schedules, mastery, the student home. In production it is the system clock. With TEST_CLOCK=1 (end-to-end
 * tests only) it is moved by the milliseconds in DATA_DIR/clock-offset-ms, so a
 * test can make a day pass without sleeping.
 */
export function currentTime(): Date {
  if (!env.testClock) return new Date();
  try {
    const offset = Number(readFileSync(path.join(env.dataDir, CLOCK_OFFSET_FILE), "utf8"));
    return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0));
  } catch {
    return new Date();
  }
}
