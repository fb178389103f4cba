// Part of `npm run bench` (scripts/bench.mjs): fills the benchmark database
// with two classes, of 100 and of 1,000 students, each with three assignments
// worked through the real attempt functions, then measures the dashboard's
// data layer: SQL statements per read, and time. Prints JSON for bench.mjs.
import { randomInt } from "node:crypto";
import { createAssignment } from "@/lib/assignments/mutations";
import { getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { hashPassword } from "@/lib/auth/password";
import { countQueries, db } from "@/lib/db";
import { finaliseAttempt } from "@/lib/attempts/finalise";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import type { StoredQuestion } from "@/lib/quiz/types";
import { rightResponse } from "../../tests/support/responses";

const QUIZZES = ["the-convention-check", "withdrawal-check", "military-arguments-check"];
const OPEN = new Date("2026-01-05T08:00:00Z");
const DUE = new Date("2026-01-20T17:00:00Z");

async function buildClass(size: number, teacherId: string, tag: string) {
  const cls = await db.class.create({ data: { name: `Bench ${size}`, joinCode: `B${tag}${size}`.slice(0, 7).padEnd(7, "X"), members: { create: { userId: teacherId, role: "TEACHER" } } } });
  await db.user.createMany({ data: Array.from({ length: size }, (_, i) => ({ email: `bench-${tag}-${i}@example.test`, name: `Student ${String(i).padStart(4, "0")}`, passwordHash: "x" })) });
  const students = await db.user.findMany({ where: { email: { startsWith: `bench-${tag}-` } }, select: { id: true } });
  await db.classMembership.createMany({ data: students.map((s) => ({ classId: cls.id, userId: s.id, role: "STUDENT" as const })) });
  for (const [i, quizSlug] of QUIZZES.entries()) {
    const { id } = await createAssignment(teacherId, {
      classId: cls.id,
      quizSlug,
      title: `Check ${i + 1}`,
      openAt: OPEN,
      dueAt: new Date(DUE.getTime() + i * 7 * 86_400_000),
      closeAt: null,
      attemptsAllowed: 2,
      scoringRule: "BEST",
      timeLimitSec: null,
      feedbackPolicy: "AFTER_SUBMIT",
      studentIds: null,
    });
    // 90 %, 75 % and 50 % of the class work on the three assignments; each answers a random share right.
    const share = [0.9, 0.75, 0.5][i]!;
    for (const s of students.slice(0, Math.round(size * share))) {
      const startedAt = new Date(OPEN.getTime() + randomInt(20 * 86_400_000));
      const attemptId = await startAssignmentAttempt(id, s.id, startedAt);
      const slots = await db.attemptQuestion.findMany({ where: { attemptId }, select: { questionVersion: { select: { id: true, type: true, content: true, answerKey: true } } } });
      const right = slots.filter(() => randomInt(100) < 70);
      await db.answer.createMany({
        data: right.map((slot, seq) => ({ attemptId, questionVersionId: slot.questionVersion.id, response: rightResponse(slot.questionVersion as unknown as StoredQuestion) as object, seq: seq + 1, savedAt: startedAt })),
      });
      await finaliseAttempt(attemptId, new Date(startedAt.getTime() + 20 * 60_000));
    }
  }
  return cls.id;
}

async function measure<T>(work: () => Promise<T>, runs = 7) {
  const { queries } = await countQueries(work);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { queries, medianMs: Math.round(times[Math.floor(runs / 2)]! * 10) / 10 };
}

async function main() {
  const password = "bench-teacher-password";
  const teacher = await db.user.create({ data: { email: "bench-teacher@example.test", name: "Bench Teacher", role: "TEACHER", passwordHash: await hashPassword(password) } });
  const started = performance.now();
  const classes: Record<string, string> = {};
  for (const size of [100, 1000]) classes[size] = await buildClass(size, teacher.id, String(size));
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;

  const results: Record<string, unknown> = {};
  for (const size of [100, 1000]) {
    const classId = classes[size]!;
    const gradebook = await measure(() => getGradebook(classId, teacher.id));
    const book = await getGradebook(classId, teacher.id);
    const assignmentId = book!.columns[0]!.id;
    const report = await measure(() => getAssignmentReport(assignmentId, teacher.id));
    results[size] = { classId, assignmentId, gradebook, report, attempts: await db.attempt.count({ where: { assignment: { classId } } }) };
  }
  console.log(JSON.stringify({ teacher: { email: teacher.email, password }, seedSeconds, results }));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
