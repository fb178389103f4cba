import "server-only";
import { randomBytes } from "node:crypto";
import { createAssignment } from "@/lib/assignments/mutations";
import { finaliseAttempt } from "@/lib/attempts/finalise";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { getKeyedVersions } from "@/lib/attempts/versions";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { newJoinCode } from "@/lib/classes/join-code";
import { lockName, type Db } from "@/lib/db";
import { responseFromKey, wrongResponse } from "@/lib/quiz/rows";
import { currentTime } from "@/lib/clock";

/** First names of the synthetic class; surnames are initials. */
const NAMES = [
  "Amira", "Bohdan", "Chiara", "Dmytro", "Elif", "Farid", "Greta", "Hanna", "Ivan", "Jana", "Kofi", "Lena", "Marek",
  "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tereza", "Umar", "Vera", "Wiktor", "Yara", "Zoe",
];
const DAY = 86_400_000;

/** A small deterministic generator, so every fresh database gets the same term. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A term of work for the demo teacher, so that a first sign-in shows the whole product: a class
 * with the demo student and 25 synthetic students, four lesson checks set over the last six
 * weeks (the last still open), and their attempts made through the real attempt engine, with a
 * spread of abilities and question difficulty, some work late and some missing. The gradebook,
 * the item analysis, the retention view and the demo student's progress page are then full.
 * Runs once: nothing is done when the demo teacher already has a class.
 */
export async function seedDemoTerm(db: Db, now = currentTime()): Promise<{ created: boolean; students: number; attempts: number }> {
  const [teacherAccount, studentAccount] = DEMO_ACCOUNTS;
  const none = { created: false, students: 0, attempts: 0 };
  const teacher = await db.user.findUnique({ where: { email: teacherAccount.email }, select: { id: true } });
  const demoStudent = await db.user.findUnique({ where: { email: studentAccount.email }, select: { id: true } });
  if (!teacher || !demoStudent) return none;
  // Two instances starting at once: the first makes the class, the second finds it and stops.
  const classId = await db.$transaction(async (tx) => {
    await lockName(tx, "demo-term");
    if (await tx.classMembership.findFirst({ where: { userId: teacher.id }, select: { id: true } })) return null;
    const cls = await tx.class.create({ data: { name: "IHL and current events (demo class)", joinCode: newJoinCode(), members: { create: { userId: teacher.id, role: "TEACHER" } } }, select: { id: true } });
    return cls.id;
  });
  if (!classId) return none;

  const random = generator(2025_07_08);
  // The synthetic students never sign in: one unguessable password for all of them.
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
  await db.user.createMany({
    data: NAMES.map((name, i) => ({ email: `demo-student-${String(i + 1).padStart(2, "0")}@demo.ihl-classroom.org`, name: `${name} ${String.fromCharCode(65 + ((i * 7) % 26))}.`, passwordHash })),
  });
  const synthetic = await db.user.findMany({ where: { email: { startsWith: "demo-student-" } }, orderBy: { email: "asc" }, select: { id: true } });
  const students = [{ id: demoStudent.id, ability: 0.7 }, ...synthetic.map((s) => ({ id: s.id, ability: 0.35 + random() * 0.6 }))];
  await db.classMembership.createMany({ data: students.map((s) => ({ classId, userId: s.id, role: "STUDENT" as const })) });

  // Four lesson checks, a fortnight apart; the last is due in five days.
  const plan = [
    { quizSlug: "the-convention-check", title: "Lesson 1 check: what the Convention bans", dueInDays: -37 },
    { quizSlug: "withdrawal-check", title: "Lesson 2 check: how withdrawal works", dueInDays: -23 },
    { quizSlug: "military-arguments-check", title: "Lesson 3 check: the military arguments", dueInDays: -9 },
    { quizSlug: "humanitarian-arguments-check", title: "Lesson 4 check: the humanitarian arguments", dueInDays: 5 },
  ];
  let attempts = 0;
  for (const [n, step] of plan.entries()) {
    const dueAt = new Date(now.getTime() + step.dueInDays * DAY);
    const openAt = new Date(dueAt.getTime() - 12 * DAY);
    const { id: assignmentId } = await createAssignment(teacher.id, {
      classId,
      quizSlug: step.quizSlug,
      title: step.title,
      openAt,
      dueAt,
      closeAt: null,
      attemptsAllowed: 2,
      scoringRule: "BEST",
      timeLimitSec: null,
      feedbackPolicy: "AFTER_SUBMIT",
      studentIds: null,
    });
    const current = dueAt > now;
    for (const [i, student] of students.entries()) {
      const roll = random();
      // Most do the work on time; some late, some not at all; the open one is half done.
      if (current ? roll < 0.5 : roll < 0.12) continue;
      if (i === 0 && n === 2) continue; // the demo student has one missing assignment to catch up on
      const late = !current && roll > 0.9;
      const startedAt = new Date((late ? dueAt.getTime() + 2 * DAY : openAt.getTime() + 2 * DAY + random() * 8 * DAY) + random() * 6 * 3_600_000);
      if (startedAt > now) continue;
      const attemptId = await startAssignmentAttempt(student.id, assignmentId, startedAt);
      const slots = await db.attemptQuestion.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { questionVersionId: true, questionVersion: { select: { question: { select: { position: true } } } } } });
      const versions = await getKeyedVersions(slots.map((s) => s.questionVersionId));
      // The answers go in as the save path would store them; finaliseAttempt grades them.
      const answers = slots.flatMap((slot, i) => {
        const version = versions.get(slot.questionVersionId)!;
        if (random() < 0.04) return []; // left blank
        // Later questions in a bank are a little harder, so the item analysis has something to show.
        const difficulty = 0.12 * ((slot.questionVersion.question.position % 5) - 1);
        const response = random() < student.ability - difficulty ? responseFromKey(version) : wrongResponse(version, (k) => Math.floor(random() * k));
        return [{ attemptId, questionVersionId: slot.questionVersionId, response, seq: i + 1, savedAt: new Date(startedAt.getTime() + (i + 1) * 60_000) }];
      });
      await db.answer.createMany({ data: answers });
      const seq = slots.length;
      await finaliseAttempt(attemptId, new Date(startedAt.getTime() + (seq + 3) * 60_000));
      attempts++;
    }
  }
  return { created: true, students: students.length, attempts };
}
