import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { checkAnswers, checkSubmitted, openReader } from "../../scripts/bench/ledger.mjs";
import { newStudent, signUp } from "./support/helpers";
import { sql } from "./support/db";
import { countAcked, saveNext, studentsWithOpenAttempts, submit, type Slot } from "./support/load";
import { SecondServer } from "./support/server";

// The school burst, scaled to what a test run can afford.
const STUDENTS = 100;

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

test("kill -9 during a school burst: every acknowledged save and submit survives, no attempt is graded or rolled up twice (scenario 11, both engines)", async () => {
  test.setTimeout(480_000);
  const engine = /^postgres/.test(process.env.DATABASE_URL!) ? "postgresql" : "sqlite";
  await second.start();
  const { slots, ledger } = await studentsWithOpenAttempts({}, base, STUDENTS, "other-withdrawals-check");

  // Each student answers five questions, changes the first answer, then submits (the questions
  // left unanswered count as wrong); the students start 20 ms apart, so saves and submits
  // overlap. kill -9 once a third of them have submitted.
  const submitted = new Map<string, number>();
  let savesAcked = 0;
  let killed = false;
  const student = async (slot: Slot, i: number) => {
    await new Promise((r) => setTimeout(r, i * 20));
    slot.questionIds = slot.questionIds.slice(0, 5);
    for (let k = 0; k < 6 && !killed; k++) if ((await saveNext(base, slot, ledger)) === "saved") savesAcked++;
    if (killed) return;
    const { score } = await submit(base, slot);
    if (score !== null) submitted.set(slot.attemptId, score);
  };
  const burst = Promise.all(slots.map(student));
  await expect.poll(() => submitted.size, { timeout: 240_000, intervals: [20] }).toBeGreaterThanOrEqual(STUDENTS / 3);
  await second.stop("SIGKILL");
  killed = true;
  await burst;
  const savesAtKill = savesAcked;
  const submitsAtKill = submitted.size;
  expect(submitsAtKill, "the kill came before every student had submitted").toBeLessThan(STUDENTS);

  // Restart. Every acknowledged save is stored (seq at least the acknowledged one, and the response it sent).
  await second.start();
  const reader = await openReader({ provider: engine, url: process.env.DATABASE_URL!, file: process.env.DATABASE_URL!.replace(/^file:/, "") });
  try {
    const answers = await checkAnswers(reader, ledger);
    expect(answers).toMatchObject({ lost: 0, duplicated: 0 });
    expect(answers.checked).toBe(countAcked(ledger.acked));
    // Every acknowledged submit is SUBMITTED with the score it answered.
    const ids = slots.map((_, i) => `$${i + 1}`).join(", ");
    const stored = await sql<{ id: string; status: string; score: number | null }>(`SELECT "id", "status", "score" FROM "Attempt" WHERE "id" IN (${ids})`, ...slots.map((s) => s.attemptId));
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const [id, score] of submitted) expect(byId.get(id), id).toMatchObject({ status: "SUBMITTED", score });
    const submittedBeforeRestart = stored.filter((r) => r.status === "SUBMITTED").length;
    const cutOff = await sql<{ id: string }>(`SELECT "id" FROM "Attempt" WHERE "status" = 'SUBMITTED' AND "progressAppliedAt" IS NULL AND "id" IN (${ids})`, ...slots.map((s) => s.attemptId));

    // Every browser sends its submit again (and again, up to three times, on a 5xx or no answer:
    // on an overloaded machine a submit can time out): the acknowledged ones answer the same
    // score, the others are submitted now.
    let retried = 0;
    const again = await Promise.all(
      slots.map(async (s) => {
        let reply = await submit(base, s);
        for (let i = 0; i < 3 && reply.score === null && (reply.status === 0 || reply.status >= 500); i++) {
          retried++;
          await new Promise((r) => setTimeout(r, 1000));
          reply = await submit(base, s);
        }
        return reply;
      }),
    );
    for (const [i, s] of slots.entries()) {
      expect(again[i]!.score, `${s.attemptId}: ${again[i]!.status} ${again[i]!.error}`).not.toBeNull();
      if (submitted.has(s.attemptId)) expect(again[i]!.score).toBe(submitted.get(s.attemptId));
    }
    // A roll-up that the kill cut off is caught up by the sweeper; it must not apply twice.
    await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/sweeper.ts", "--once"], { env: process.env });

    const check = await checkSubmitted(reader, slots.map((s) => s.attemptId));
    expect(check).toMatchObject({ submitted: STUDENTS, open: 0, duplicated: 0, scoreMismatches: 0, ungraded: 0 });
    expect(await checkAnswers(reader, ledger)).toMatchObject({ lost: 0, duplicated: 0 });
    // Applied once: each student's mastery counts each graded question of their one attempt once.
    const rollUps = await sql<{ id: string; applied: string | null; attempted: number | string; expected: number | string }>(
      `SELECT a."id", a."progressAppliedAt" AS applied,
              (SELECT COALESCE(SUM(m."attempted"), 0) FROM "ObjectiveMastery" m WHERE m."userId" = a."userId") AS attempted,
              (SELECT COUNT(*) FROM "AttemptQuestion" aq JOIN "QuestionVersion" v ON v."id" = aq."questionVersionId"
                 JOIN "Quiz" q ON q."id" = a."quizId" JOIN "LessonObjective" o ON o."lessonId" = q."lessonId" AND o."key" = v."objectiveKey"
                WHERE aq."attemptId" = a."id") AS expected
         FROM "Attempt" a WHERE a."id" IN (${ids})`,
      ...slots.map((s) => s.attemptId),
    );
    expect(rollUps).toHaveLength(STUDENTS);
    for (const r of rollUps) {
      expect(r.applied, r.id).not.toBeNull();
      expect(Number(r.expected), r.id).toBeGreaterThan(0);
      expect(Number(r.attempted), r.id).toBe(Number(r.expected));
    }
    console.log(
      `crash test, school burst (${engine}): ${STUDENTS} students; kill -9 after ${savesAtKill} saves and ${submitsAtKill} submits acknowledged; ` +
        `after restart ${answers.checked} of ${answers.checked} acknowledged answers stored (${answers.lost} lost), ${submitsAtKill} of ${submitsAtKill} acknowledged submits SUBMITTED with their score, ` +
        `${submittedBeforeRestart} attempts closed before the restart (${cutOff.length} of them with the roll-up cut off); after resubmitting (${retried} retried after a 5xx) and a sweep, ${check.submitted} SUBMITTED once each, ${check.duplicated} graded twice, every roll-up applied once`,
    );
  } finally {
    await reader.close();
  }
  await second.stop();
});
