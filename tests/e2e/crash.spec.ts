import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { newStudent, signUp } from "./support/helpers";
import { sql } from "./support/db";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const base = `http://localhost:${PORT}`;

let running: ChildProcess | null = null;
test.afterEach(() => {
  running?.kill("SIGKILL");
  running = null;
});

/** A second server on the same database, started here so the test can kill it. */
async function startServer(): Promise<ChildProcess> {
  if (await fetch(`${base}/api/health`).then(() => true).catch(() => false)) throw new Error(`port ${PORT} is already taken`);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" });
  running = server;
  await waitHealthy();
  return server;
}

async function waitHealthy() {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the second server did not start");
}

test("kill -9 under load loses no acknowledged answer (scenario 11)", async ({ page }) => {
  await signUp(page, newStudent(), "Student", "/lessons/the-convention/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  await expect(page.getByTestId("question").first()).toBeVisible();
  const id = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
  const singles = await page.locator('[data-testid="question"][data-type="true_false"]').evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-labelledby")!.replace(/^q-|-prompt$/g, "")));
  expect(singles.length).toBeGreaterThan(0);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  let server = await startServer();
  const acknowledged: { questionId: string; seq: number }[] = [];
  let seq = 0;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const questionId = singles[seq % singles.length]!;
      const mine = ++seq;
      try {
        const res = await fetch(`${base}/api/attempts/${id}/answers`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify({ questionVersionId: questionId, response: { value: mine % 2 === 0 }, seq: mine }),
        });
        const body = await res.json();
        if (res.ok && body.status === "saved") acknowledged.push({ questionId, seq: mine });
      } catch {
        // The server is gone: this save was never acknowledged.
      }
    }
  };
  const workers = Array.from({ length: 8 }, worker);
  await expect.poll(() => acknowledged.length, { timeout: 20_000 }).toBeGreaterThan(40);
  server.kill("SIGKILL");
  await new Promise((r) => server.once("exit", r));
  stop = true;
  await Promise.all(workers);

  // Restart, and every acknowledged save is there: the stored seq of each question is at least the highest acknowledged one.
  server = await startServer();
  const stored = new Map((await sql<{ q: string; seq: number }>('SELECT "questionVersionId" AS q, "seq" AS seq FROM "Answer" WHERE "attemptId" = $1', id)).map((r) => [r.q, r.seq]));
  for (const a of acknowledged) expect(stored.get(a.questionId) ?? 0, `${a.questionId} seq ${a.seq}`).toBeGreaterThanOrEqual(a.seq);
  console.log(`crash test: ${acknowledged.length} saves acknowledged before kill -9, all of them found after restart`);
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
});
