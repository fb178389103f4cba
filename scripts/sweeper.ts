// Finalises attempts left open past their deadline, and catches up failed progress roll-ups,
// once a minute (or once, with --once). `npm start` runs it beside the web server; saves and
// page loads also finalise lazily. With several instances on one database, each runs this,
// and only the one that holds the "sweeper" lease sweeps (lib/ops/lease.ts); if it stops,
// another takes over when the lease expires. Every step is also safe to run twice at once.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { sweepOverdueAttempts } from "@/lib/attempts/sweep";
import { db } from "@/lib/db";
import { log, withRequestId } from "@/lib/log";
import { holdLease } from "@/lib/ops/lease";
import { catchUpProgress } from "@/lib/progress/roll-up";

const INTERVAL_MS = 60_000;
const LEASE_MS = 3 * INTERVAL_MS;
const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

// Each sweep's log lines share an id of their own, as a request's do.
const sweep = (): Promise<void> => withRequestId(`sweep-${randomUUID()}`, sweepOnce);

async function sweepOnce(): Promise<void> {
  try {
    if (!(await holdLease("sweeper", holder, LEASE_MS))) return;
    const { finalised, failed } = await sweepOverdueAttempts();
    if (finalised || failed) log.info("swept overdue attempts", { finalised, failed });
    const progress = await catchUpProgress();
    if (progress.applied || progress.failed) log.info("caught up progress roll-ups", progress);
  } catch (error) {
    log.error("sweep failed", { err: error });
  }
}

if (process.argv.includes("--once")) {
  // A one-off sweep (tests, operators) runs whoever holds the lease.
  await withRequestId(`sweep-${randomUUID()}`, async () => {
    const { finalised, failed } = await sweepOverdueAttempts();
    log.info("swept overdue attempts", { finalised, failed });
    log.info("caught up progress roll-ups", await catchUpProgress());
  });
  await db.$disconnect();
  process.exit(0);
}
await sweep();
const timer = setInterval(sweep, INTERVAL_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    clearInterval(timer);
    void db.$disconnect().finally(() => process.exit(0));
  });
