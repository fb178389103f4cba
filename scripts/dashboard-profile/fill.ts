// Part of `npm run profile:dashboard` (scripts/dashboard-profile.mjs). Fills a SQLite
// database with a class of 1,000 students, in stages, so the dashboard can be measured
// at about 10k, 100k and 1M stored answers:
//   --stage=10k    one assignment worked through the real attempt functions
//   --stage=100k   five more real assignments and three copies: nine in the class
//   --stage=1m     nine more classes of 1,000 students with the same work, elsewhere
//                  in the database (a school on one server): about 1M answers in all
// Each stage adds to the last. Copies are made in SQL (INSERT … SELECT) from work that
// the real functions wrote, so they have the same shape. Prints JSON on its last line.
import { randomInt } from "node:crypto";
import Database from "better-sqlite3";
import { createAssignment, overrideGrade, setExtension } from "@/lib/assignments/mutations";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { finaliseAttempt } from "@/lib/attempts/finalise";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { responseFromKey, toKeyedQuestion, wrongResponse } from "@/lib/quiz/rows";

const SIZE = 1000;
const QUIZZES = ["the-convention-check", "withdrawal-check", "military-arguments-check", "humanitarian-arguments-check", "other-withdrawals-check", "the-debate-check"];
const OPEN = new Date("2026-01-05T08:00:00Z");
const DUE = new Date("2026-01-20T17:00:00Z");
const stage = process.argv.find((a) => a.startsWith("--stage="))?.slice(8) ?? "10k";

async function teacherAndClass() {
  const existing = await db.user.findUnique({ where: { email: "profile-teacher@example.test" }, select: { id: true } });
  if (existing) {
    const cls = await db.class.findFirstOrThrow({ where: { name: "Profile 1000" }, select: { id: true } });
    return { teacherId: existing.id, classId: cls.id };
  }
  const teacher = await db.user.create({ data: { email: "profile-teacher@example.test", name: "Profile Teacher", role: "TEACHER", passwordHash: await hashPassword("profile-teacher-password") } });
  const cls = await db.class.create({ data: { name: "Profile 1000", joinCode: "PROF100", members: { create: { userId: teacher.id, role: "TEACHER" } } } });
  const first = ["Ada", "Bob", "Chiara", "Dmytro", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kateryna", "Liam", "Maya", "Noor", "Olek", "Priya"];
  const last = ["Bondarenko", "Schmidt", "Okafor", "Rossi", "Kovalenko", "Nguyen", "Garcia", "Müller", "Tanaka", "Novak", "Silva", "Dubois"];
  await db.user.createMany({
    data: Array.from({ length: SIZE }, (_, i) => ({ email: `profile-${i}@example.test`, name: `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${String(i).padStart(4, "0")}`, passwordHash: "x" })),
  });
  const students = await db.user.findMany({ where: { email: { startsWith: "profile-" }, role: "STUDENT" }, select: { id: true } });
  await db.classMembership.createMany({ data: students.map((s) => ({ classId: cls.id, userId: s.id, role: "STUDENT" as const })) });
  return { teacherId: teacher.id, classId: cls.id };
}

/** One assignment worked through the real attempt functions: `share` of the class submit, some twice. */
async function realAssignment(teacherId: string, classId: string, index: number) {
  const { id } = await createAssignment(teacherId, {
    classId,
    quizSlug: QUIZZES[index % QUIZZES.length]!,
    title: `Check ${index + 1}`,
    openAt: new Date(OPEN.getTime() + index * 7 * 86_400_000),
    dueAt: new Date(DUE.getTime() + index * 7 * 86_400_000),
    closeAt: null,
    attemptsAllowed: 2,
    scoringRule: "BEST",
    timeLimitSec: null,
    feedbackPolicy: "AFTER_SUBMIT",
    studentIds: null,
  });
  const students = await db.classMembership.findMany({ where: { classId, role: "STUDENT" }, orderBy: { user: { email: "asc" } }, select: { userId: true } });
  const share = [0.9, 0.8, 0.75, 0.7, 0.6, 0.5][index % 6]!;
  for (const [n, s] of students.slice(0, Math.round(SIZE * share)).entries()) {
    const tries = n % 10 === 0 ? 2 : 1;
    for (let t = 0; t < tries; t++) {
      const startedAt = new Date(OPEN.getTime() + index * 7 * 86_400_000 + randomInt(20 * 86_400_000) + t * 86_400_000);
      const attemptId = await startAssignmentAttempt(s.userId, id, startedAt);
      const slots = await db.attemptQuestion.findMany({ where: { attemptId }, select: { questionVersion: { select: { id: true, type: true, content: true, answerKey: true } } } });
      const skill = 40 + randomInt(60);
      const data = slots.flatMap((slot, seq) => {
        const q = { ...toKeyedQuestion(slot.questionVersion), id: slot.questionVersion.id };
        const roll = randomInt(100);
        const response = roll < skill ? responseFromKey(q) : roll < skill + 25 ? wrongResponse(q, (n) => randomInt(n)) : null;
        return response === null ? [] : [{ attemptId, questionVersionId: q.id, response: response as object, seq: seq + 1, savedAt: startedAt }];
      });
      await db.answer.createMany({ data });
      await finaliseAttempt(attemptId, new Date(startedAt.getTime() + 20 * 60_000));
    }
  }
  // A few extensions and overrides, as a real class has.
  for (const s of students.slice(-5)) await setExtension(teacherId, id, s.userId, { dueAt: new Date(DUE.getTime() + (index + 1) * 7 * 86_400_000), extraTimeSec: 600, extraAttempts: 1 });
  for (const s of students.slice(0, 5)) await overrideGrade(teacherId, id, s.userId, 80 + randomInt(20), "Oral follow-up in class.");
  return id;
}

/** Copies rows of `table` chosen by `where`, with the columns in `set` replaced by SQL expressions. */
function copyRows(sqlite: Database.Database, table: string, set: Record<string, string>, where: string, ...params: unknown[]) {
  const columns = (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  const select = columns.map((c) => set[c] ?? `"${c}"`).join(", ");
  return sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select} FROM "${table}" WHERE ${where}`).run(...params).changes;
}

/** A copy of an assignment and all its work, as assignment `title` of class `classId`, for the users `userSuffix` names. */
function copyAssignment(sqlite: Database.Database, from: string, suffix: string, classId: string, title: string, userSuffix = "") {
  const user = userSuffix ? `"userId" || '${userSuffix}'` : `"userId"`;
  copyRows(sqlite, "Assignment", { id: `"id" || '${suffix}'`, classId: `'${classId}'`, title: `'${title}'` }, `"id" = ?`, from);
  for (const t of ["AssignmentExtension", "GradeOverride"]) copyRows(sqlite, t, { id: `"id" || '${suffix}'`, assignmentId: `"assignmentId" || '${suffix}'`, userId: user }, `"assignmentId" = ?`, from);
  copyRows(sqlite, "Attempt", { id: `"id" || '${suffix}'`, assignmentId: `"assignmentId" || '${suffix}'`, userId: user }, `"assignmentId" = ?`, from);
  const ofAttempts = `"attemptId" IN (SELECT "id" FROM "Attempt" WHERE "assignmentId" = ?)`;
  copyRows(sqlite, "AttemptQuestion", { id: `"id" || '${suffix}'`, attemptId: `"attemptId" || '${suffix}'` }, ofAttempts, from);
  return copyRows(sqlite, "Answer", { id: `"id" || '${suffix}'`, attemptId: `"attemptId" || '${suffix}'` }, ofAttempts, from);
}

async function main() {
  if (env.provider !== "sqlite") throw new Error("the profile database is SQLite");
  const { teacherId, classId } = await teacherAndClass();
  const have = await db.assignment.findMany({ where: { classId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (stage === "10k" && have.length === 0) await realAssignment(teacherId, classId, 0);
  if (stage === "100k" && have.length === 1) {
    for (let i = 1; i < 6; i++) await realAssignment(teacherId, classId, i);
    const ids = (await db.assignment.findMany({ where: { classId }, orderBy: { createdAt: "asc" }, select: { id: true } })).map((a) => a.id);
    await db.$disconnect();
    const sqlite = new Database(env.databaseFile!, { timeout: 10_000 });
    sqlite.transaction(() => {
      for (let i = 0; i < 3; i++) copyAssignment(sqlite, ids[i]!, `_r${i}`, classId, `Check ${i + 1}, retake`);
    })();
    sqlite.close();
  }
  if (stage === "1m") {
    await db.$disconnect();
    const sqlite = new Database(env.databaseFile!, { timeout: 10_000 });
    const ids = (sqlite.prepare(`SELECT "id" FROM "Assignment" WHERE "classId" = ?`).all(classId) as { id: string }[]).map((a) => a.id);
    const other = sqlite.prepare(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "createdAt", "updatedAt") SELECT ?, ?, 'Other Teacher', 'TEACHER', 'x', "createdAt", "updatedAt" FROM "User" WHERE "email" = 'profile-teacher@example.test'`);
    sqlite.transaction(() => {
      other.run("profile-other-teacher", "profile-other-teacher@example.test");
      for (let c = 1; c <= 9; c++) {
        const suffix = `_s${c}`;
        const otherClass = `profile-class${suffix}`;
        copyRows(sqlite, "User", { id: `"id" || '${suffix}'`, email: `"email" || '${suffix}'` }, `"email" LIKE 'profile-%@example.test' AND "role" = 'STUDENT'`);
        copyRows(sqlite, "Class", { id: `'${otherClass}'`, name: `'Other class ${c}'`, joinCode: `'PROFX${c}0'` }, `"id" = ?`, classId);
        copyRows(sqlite, "ClassMembership", { id: `"id" || '${suffix}'`, classId: `'${otherClass}'`, userId: `CASE WHEN "role" = 'TEACHER' THEN 'profile-other-teacher' ELSE "userId" || '${suffix}' END` }, `"classId" = ?`, classId);
        for (const id of ids) copyAssignment(sqlite, id, suffix, otherClass, `Check ${c}`, suffix);
      }
    })();
    sqlite.close();
  }
  const counts = new Database(env.databaseFile!, { readonly: true });
  const one = (sql: string, ...p: unknown[]) => Object.values(counts.prepare(sql).get(...p) as object)[0] as number;
  const assignments = counts.prepare(`SELECT "id" FROM "Assignment" WHERE "classId" = ? ORDER BY "createdAt", "id"`).all(classId) as { id: string }[];
  console.log(
    JSON.stringify({
      stage,
      classId,
      assignmentId: assignments[0]!.id,
      teacher: { email: "profile-teacher@example.test", password: "profile-teacher-password" },
      answers: one(`SELECT COUNT(*) FROM "Answer"`),
      classAnswers: one(`SELECT COUNT(*) FROM "Answer" a JOIN "Attempt" t ON t."id" = a."attemptId" JOIN "Assignment" s ON s."id" = t."assignmentId" WHERE s."classId" = ?`, classId),
      attempts: one(`SELECT COUNT(*) FROM "Attempt"`),
      assignments: assignments.length,
    }),
  );
  counts.close();
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
