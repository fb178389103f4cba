import { expect, test } from "@playwright/test";
import { newStudent, signUp } from "./support/helpers";
import { sql } from "./support/db";
import { SecondServer } from "./support/server";

const second = new SecondServer();
const base = second.base;
test.afterEach(() => second.stop("SIGKILL"));

test("kill -9 under load loses no acknowledged answer (scenario 11)", async ({ page }) => {
  await signUp(page, newStudent(), "Student", "/lessons/the-convention/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  await expect(page.getByTestId("question").first()).toBeVisible();
  const id = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
  const singles = await page.locator('[data-testid="question"][data-type="true_false"]').evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-labelledby")!.replace(/^q-|-prompt$/g, "")));
  expect(singles.length).toBeGreaterThan(0);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  await second.start();
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
  await second.stop("SIGKILL");
  stop = true;
  await Promise.all(workers);

  // Restart, and every acknowledged save is there: the stored seq of each question is at least the highest acknowledged one.
  await second.start();
  const stored = new Map((await sql<{ q: string; seq: number }>('SELECT "questionVersionId" AS q, "seq" AS seq FROM "Answer" WHERE "attemptId" = $1', id)).map((r) => [r.q, r.seq]));
  for (const a of acknowledged) expect(stored.get(a.questionId) ?? 0, `${a.questionId} seq ${a.seq}`).toBeGreaterThanOrEqual(a.seq);
  console.log(`crash test: ${acknowledged.length} saves acknowledged before kill -9, all of them found after restart`);
  await second.stop();
});
