// Finalises attempts left open past their deadline, and catches up failed
// progress roll-ups, once a minute (or once, with --once). `npm start` runs it
// beside the web server; saves and page loads also finalise lazily.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { catchUpProgress, sweepOverdueAttempts } from "@/lib/quiz/mutations";

const INTERVAL_MS = 60_000;

async function sweep() {
  try {
    const { finalised, failed } = await sweepOverdueAttempts();
    if (finalised || failed) log.info("swept overdue attempts", { finalised, failed });
    const progress = await catchUpProgress();
    if (progress.applied || progress.failed) log.info("caught up progress roll-ups", progress);
  } catch (error) {
    log.error("sweep failed", { error: error instanceof Error ? error.message : String(error) });
  }
}

await sweep();
if (process.argv.includes("--once")) {
  await db.$disconnect();
  process.exit(0);
}
const timer = setInterval(sweep, INTERVAL_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    clearInterval(timer);
    void db.$disconnect().finally(() => process.exit(0));
  });
