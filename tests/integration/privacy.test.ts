// Privacy (docs/quality.md row 23): a user downloads everything stored about them and deletes
// their account, after which no table holds anything of them; a teacher removes a student's
// work from a class; the class's figures follow. On SQLite and PostgreSQL alike.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { describeChange } from "@/lib/assignments/audit";
import { createAssignment, overrideGrade, setExtension, voidQuestion, type AssignmentInput } from "@/lib/assignments/mutations";
import { getAssignmentAnswers, getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { getAssignmentForStudent } from "@/lib/assignments/student-queries";
import { submitAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { accountCounterKeys, recordFailedSignIn } from "@/lib/auth/rate-limit";
import { createUser } from "@/lib/auth/users";
import { addCoTeacher, createClass, joinClassByCode, removeStudent } from "@/lib/classes/mutations";
import { getStudentRemovalPreview } from "@/lib/classes/queries";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimGuestProgress } from "@/lib/learning/guest";
import { getAccountOverview } from "@/lib/privacy/account";
import { deleteAccount, deleteOwnAccount } from "@/lib/privacy/delete";
import { exportUserData, USER_TABLES } from "@/lib/privacy/export";
import { responseFromKey, toKeyedQuestion } from "@/lib/quiz/rows";
import { keyedQuestions, minutes } from "../support/quiz";

const QUIZ = "the-convention-check";
const T0 = new Date("2026-03-02T09:00:00Z");
const DUE = new Date("2026-03-09T17:00:00Z");
const AFTER_DUE = minutes(DUE, 60);
const PASSWORD = "a long passphrase for tests";
const IP = "203.0.113.9";
/** Planted in the explanations of the quiz's questions: the export may show it only once feedback is released. */
const MARKER = `UNRELEASED${randomBytes(4).toString("hex").toUpperCase()}`;

type Person = { id: string; name: string; email: string; role: "STUDENT" | "TEACHER" };

/** A user made as sign-up makes one (a real password hash), with a name and an email found nowhere else. */
async function person(role: Person["role"], first: string): Promise<Person> {
  const tag = randomBytes(4).toString("hex");
  const name = `${first} Q${tag}`;
  const email = `${first.toLowerCase()}-${tag}@privacy.example.test`;
  const { id } = await createUser({ name, email, password: PASSWORD, role });
  return { id, name, email, role };
}

const input = (classId: string, over: Partial<AssignmentInput> = {}): AssignmentInput => ({
  classId,
  quizSlug: QUIZ,
  title: "Check: the convention",
  openAt: T0,
  dueAt: DUE,
  closeAt: null,
  attemptsAllowed: 1,
  scoringRule: "BEST",
  timeLimitSec: null,
  feedbackPolicy: "AFTER_SUBMIT",
  studentIds: null,
  ...over,
});

/** Starts, answers `right` questions correctly and, with `text`, a short-text question with it (the rest unanswered), and submits. */
async function work(assignmentId: string, studentId: string, right: number, text?: string) {
  const at = minutes(T0, 10);
  const attemptId = await startAssignmentAttempt(studentId, assignmentId, at);
  const questions = await keyedQuestions(attemptId);
  const short = text ? questions.find((q) => q.type === "short_text") : undefined;
  let seq = 0;
  for (const q of questions.filter((q) => q !== short).slice(0, right)) await saveAnswer(studentId, attemptId, q.id, responseFromKey(q), ++seq, at);
  if (short) await saveAnswer(studentId, attemptId, short.id, { text }, ++seq, at);
  await submitAttempt(studentId, attemptId, at);
  return attemptId;
}

/** Adds a guest's practice on the convention lesson to the account: practice attempts and a guest claim. */
async function claimPractice(userId: string) {
  const versions = await db.questionVersion.findMany({
    where: { question: { lesson: { slug: "withdrawal" }, retiredAt: null }, type: "single" },
    orderBy: { version: "desc" },
    take: 2,
    select: { id: true, type: true, content: true, answerKey: true, points: true },
  });
  const answers = versions.map((v, i) => ({ questionVersionId: v.id, response: responseFromKey(toKeyedQuestion(v)), answeredAt: minutes(T0, -30 + i).toISOString() }));
  await claimGuestProgress(userId, randomUUID(), answers, T0);
}

/** Every model's column that refers to a user, read from prisma/schema.prisma: a new one is checked without editing this test. */
function userColumns(): { model: string; column: string }[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const out: { model: string; column: string }[] = [{ model: "User", column: "id" }];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, fields] of body!.matchAll(/^\s*\w+\s+User\??\s+@relation\([^)]*fields:\s*\[(\w+)\]/gm)) out.push({ model: model!, column: fields! });
  }
  return out;
}

const modelsOf = () => [...readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);

const countWhere = async (model: string, column: string, value: string) => {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM ${Prisma.raw(`"${model}"`)} WHERE ${Prisma.raw(`"${column}"`)} = ${value}`);
  return Number(row!.n);
};

/** Every row of every table as text: what a dump of the database holds. */
async function dumpDatabase(): Promise<string> {
  const tables =
    env.provider === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
  expect(tables.length).toBeGreaterThan(20);
  const parts = [];
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    parts.push(`${name}: ${JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value))}`);
  }
  return parts.join("\n");
}

/** How many rows name the user, column by column, with the rows below their attempts. */
async function rowsNaming(userId: string, attemptIds: string[]) {
  const counts: Record<string, number> = {};
  for (const { model, column } of userColumns()) counts[`${model}.${column}`] = await countWhere(model, column, userId);
  counts["AttemptQuestion.attemptId"] = await db.attemptQuestion.count({ where: { attemptId: { in: attemptIds } } });
  counts["Answer.attemptId"] = await db.answer.count({ where: { attemptId: { in: attemptIds } } });
  return counts;
}

beforeAll(async () => {
  await seedCourse(db, loadCourse());
  const versions = await db.questionVersion.findMany({ where: { question: { lesson: { quizzes: { some: { slug: QUIZ } } } } }, select: { id: true, explanation: true } });
  for (const v of versions) await db.questionVersion.update({ where: { id: v.id }, data: { explanation: `${v.explanation} ${MARKER}` } });
});

/**
 * A class with everything a student can leave behind: Zofia has an assigned attempt with a short
 * text answer (wrong, so it enters her review), a place on a targeted assignment, an extension,
 * a grade override and the audit events about them, progress, mastery, practice claimed from a
 * guest session, and a failed sign-in counter under her email. Olek is her classmate.
 */
async function classWithZofia(feedbackPolicy: AssignmentInput["feedbackPolicy"] = "AFTER_SUBMIT") {
  const teacher = await person("TEACHER", "Teacher");
  const zofia = await person("STUDENT", "Zofia");
  const olek = await person("STUDENT", "Olek");
  const cls = await createClass(teacher.id, `Seminar ${randomBytes(2).toString("hex")}`);
  for (const s of [zofia, olek]) await joinClassByCode(s.id, cls.joinCode);
  const { id: assignmentId } = await createAssignment(teacher.id, input(cls.id, { feedbackPolicy }));
  const { id: targetedId } = await createAssignment(teacher.id, input(cls.id, { title: "Just for Zofia", studentIds: [zofia.id] }));
  const answerText = `Zofia's own words ${randomBytes(3).toString("hex")}`;
  const reason = `Oral exam ${randomBytes(3).toString("hex")}`;
  const zofiaAttempt = await work(assignmentId, zofia.id, 3, answerText);
  await work(assignmentId, olek.id, 99);
  await setExtension(teacher.id, assignmentId, zofia.id, { dueAt: minutes(DUE, 24 * 60), extraTimeSec: 0, extraAttempts: 1 });
  await overrideGrade(teacher.id, assignmentId, zofia.id, 88, reason);
  await claimPractice(zofia.id);
  await recordFailedSignIn(zofia.email, IP);
  return { teacher, zofia, olek, classId: cls.id, assignmentId, targetedId, zofiaAttempt, answerText, reason };
}

describe("every table that refers to a user has its place in the export", () => {
  it("USER_TABLES names each model of the schema with a user column, and the rows below attempts", () => {
    const referring = new Set([...userColumns().map((c) => c.model), "AttemptQuestion", "Answer"]);
    expect(referring.size).toBeGreaterThan(10);
    expect([...referring].filter((m) => !(m in USER_TABLES))).toEqual([]);
    expect(Object.keys(USER_TABLES).filter((m) => !modelsOf().includes(m))).toEqual([]);
  });
});

describe("download my data", () => {
  it("holds the student's account, classes, attempts with their answers, extensions, grades, progress, mastery, review, guest claims and audit events", async () => {
    const s = await classWithZofia();
    const data = (await exportUserData(s.zofia.id, AFTER_DUE))!;
    expect(data.account).toMatchObject({ id: s.zofia.id, name: s.zofia.name, email: s.zofia.email, role: "STUDENT" });
    expect(data.classMemberships).toHaveLength(1);
    expect(data.attempts.map((a) => a.mode).sort()).toEqual(["ASSESSED", "PRACTICE"]);
    const assigned = data.attempts.find((a) => a.assignment)!;
    expect(assigned.assignment!.title).toBe("Check: the convention");
    expect(assigned.questions.length).toBeGreaterThan(3);
    expect(assigned.questions.filter((q) => q.response !== null)).toHaveLength(4);
    expect(assigned.questions.flatMap((q) => q.yourAnswer ?? [])).toContain(s.answerText);
    // Feedback, released after submitting, for every question she answered.
    expect(assigned.questions.filter((q) => q.response !== null).every((q) => q.feedback !== null)).toBe(true);
    expect(data.assignmentsSetForYou.map((a) => a.title)).toEqual(["Just for Zofia"]);
    expect(data.extensions).toMatchObject([{ extraAttempts: 1 }]);
    expect(data.gradeOverrides).toMatchObject([{ percent: 88, reason: s.reason }]);
    expect(data.lessonProgress.length).toBeGreaterThan(0);
    expect(data.objectiveMastery.length).toBeGreaterThan(0);
    expect(data.reviewItems.length).toBeGreaterThan(0);
    expect(data.guestClaims).toHaveLength(1);
    expect(data.changesAboutYou.map((c) => c.action).sort()).toEqual(["assignment.extension", "grade.override"]);
    expect(data.changesAboutYou.find((c) => c.action === "grade.override")!.description).toBe(`${s.teacher.name} set your grade to 88%. Reason: ${s.reason}`);

    const text = JSON.stringify(data);
    expect(text).not.toContain("argon2");
    expect(text).not.toMatch(/passwordHash/i);
    expect(text).not.toContain(s.olek.name);
    expect(text).not.toContain(s.olek.email);
    expect(text).not.toContain(s.olek.id);
  });

  it("leaves out answer keys and explanations until the feedback policy releases them", async () => {
    const s = await classWithZofia("AFTER_DUE");
    const before = (await exportUserData(s.zofia.id, minutes(T0, 20)))!;
    const assigned = before.attempts.find((a) => a.assignment)!;
    expect(assigned.status).toBe("SUBMITTED");
    expect(assigned.questions.every((q) => q.feedback === null)).toBe(true);
    expect(assigned.feedbackNote).toMatch(/after the due date/);
    expect(JSON.stringify(before)).not.toContain(MARKER);
    // Her extension moved her due date a day on: released after that.
    const after = (await exportUserData(s.zofia.id, minutes(DUE, 25 * 60)))!;
    const released = after.attempts.find((a) => a.assignment)!.questions.filter((q) => q.response !== null);
    expect(released).toHaveLength(4);
    expect(released.every((q) => q.feedback !== null)).toBe(true);
    expect(JSON.stringify(after)).toContain(MARKER);
  });

  it("gives a teacher what they made, and of their students only counts", async () => {
    const s = await classWithZofia();
    const questionId = (await db.question.findFirstOrThrow({ where: { lesson: { quizzes: { some: { slug: QUIZ } } } }, select: { id: true } })).id;
    await voidQuestion(s.teacher.id, s.assignmentId, questionId, "EXCLUDE", "Ambiguous wording");
    const data = (await exportUserData(s.teacher.id, AFTER_DUE))!;
    expect(data.account.role).toBe("TEACHER");
    expect(data.classMemberships).toMatchObject([{ role: "TEACHER" }]);
    expect(data.teaching.assignmentsCreated.map((a) => a.title).sort()).toEqual(["Check: the convention", "Just for Zofia"]);
    expect(data.teaching.gradeOverridesMade).toEqual([{ assignmentId: s.assignmentId, count: 1 }]);
    expect(data.teaching.questionVoids).toMatchObject([{ mode: "EXCLUDE", reason: "Ambiguous wording" }]);
    expect(data.teaching.actions.map((a) => a.action).sort()).toEqual(["assignment.extension", "grade.override", "question.void"]);
    const text = JSON.stringify(data);
    for (const secret of [s.zofia.name, s.zofia.email, s.zofia.id, s.olek.name, s.olek.email, s.reason, s.answerText]) expect(text.includes(secret), secret).toBe(false);
  });
});

describe("deleting an account", () => {
  it("a wrong password deletes nothing and counts as a failed sign-in; the right one leaves no row and no trace of the student in any table", async () => {
    const s = await classWithZofia();
    const attemptIds = (await db.attempt.findMany({ where: { userId: s.zofia.id }, select: { id: true } })).map((a) => a.id);
    expect(attemptIds).toHaveLength(2);
    const gradebookBefore = (await getGradebook(s.teacher.id, s.classId, AFTER_DUE))!;
    expect(gradebookBefore.rows).toHaveLength(2);
    const reportBefore = (await getAssignmentReport(s.teacher.id, s.assignmentId, AFTER_DUE))!;
    expect(reportBefore.counted).toBe(2);

    const before = await rowsNaming(s.zofia.id, attemptIds);
    for (const column of [
      "User.id",
      "ClassMembership.userId",
      "Attempt.userId",
      "AssignmentStudent.userId",
      "AssignmentExtension.userId",
      "GradeOverride.userId",
      "LessonProgress.userId",
      "ObjectiveMastery.userId",
      "ReviewItem.userId",
      "GuestClaim.userId",
      "AuditEvent.subjectId",
      "AttemptQuestion.attemptId",
      "Answer.attemptId",
    ])
      expect(before[column], column).toBeGreaterThan(0);
    const dumpBefore = await dumpDatabase();
    for (const trace of [s.zofia.id, s.zofia.email, s.zofia.name, s.answerText, s.reason]) expect(dumpBefore.includes(trace), trace).toBe(true);

    await expect(deleteOwnAccount(s.zofia, "not my password", IP)).rejects.toThrow("That is not your password. Nothing was deleted.");
    expect(await rowsNaming(s.zofia.id, attemptIds)).toEqual(before);
    expect(await db.rateLimiterFlexible.findUniqueOrThrow({ where: { key: accountCounterKeys(s.zofia.email)[0]! }, select: { points: true } })).toEqual({ points: 2 });

    await deleteOwnAccount(s.zofia, PASSWORD, IP);
    const after = await rowsNaming(s.zofia.id, attemptIds);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    const dump = await dumpDatabase();
    for (const trace of [s.zofia.id, s.zofia.email, s.zofia.name, s.answerText, s.reason]) expect(dump.includes(trace), trace).toBe(false);
    // The dump is whole: her classmate and teacher are still in it.
    for (const trace of [s.olek.id, s.olek.email, s.teacher.email]) expect(dump.includes(trace), trace).toBe(true);
    // One record that an account was deleted, naming no one.
    const record = await db.auditEvent.findFirstOrThrow({ where: { action: "account.deleted" }, orderBy: { createdAt: "desc" } });
    expect(record).toMatchObject({ actorId: null, subjectId: null, targetId: null, detail: { role: "STUDENT", classesDeleted: 0 } });

    // The class's statistics are counted again without her, and nothing breaks.
    const gradebook = (await getGradebook(s.teacher.id, s.classId, AFTER_DUE))!;
    expect(gradebook.rows.map((r) => r.student.id)).toEqual([s.olek.id]);
    const report = (await getAssignmentReport(s.teacher.id, s.assignmentId, AFTER_DUE))!;
    expect(report.counted).toBe(1);
    expect(report.rows.map((r) => r.student.id)).toEqual([s.olek.id]);
    expect(report.items.every((i) => i.stats.facility === 100)).toBe(true);
    expect(reportBefore.items.some((i) => i.stats.facility !== 100)).toBe(true);
    expect((await getAssignmentAnswers(s.teacher.id, s.assignmentId, AFTER_DUE))!.answerRows.every((r) => r.email === s.olek.email)).toBe(true);
    expect((await getGradebook(s.teacher.id, s.classId, AFTER_DUE))!.columns).toHaveLength(2);
  });

  it("refuses a teacher who alone teaches a class with students, and says how to go on", async () => {
    const s = await classWithZofia();
    expect((await getAccountOverview(s.teacher.id))!.blockedBy).toMatch(/only teacher of “Seminar/);
    await expect(deleteOwnAccount(s.teacher, PASSWORD, IP)).rejects.toThrow(/You are the only teacher of “Seminar \w+”, which has students\. Hand it over \(add a co-teacher/);
    expect(await db.user.count({ where: { id: s.teacher.id } })).toBe(1);
    expect(await db.classMembership.count({ where: { classId: s.classId } })).toBe(3);
    expect(await db.attempt.count({ where: { assignment: { classId: s.classId } } })).toBe(2);
  });

  it("a co-teacher's class stays, with the assignments, grades and audit trail the deleted teacher left, shown as a former teacher's; their empty classes go", async () => {
    const s = await classWithZofia();
    const co = await person("TEACHER", "Cora");
    await addCoTeacher(s.teacher.id, s.classId, co.email);
    const questionId = (await db.question.findFirstOrThrow({ where: { lesson: { quizzes: { some: { slug: QUIZ } } } }, select: { id: true } })).id;
    await voidQuestion(s.teacher.id, s.assignmentId, questionId, "FULL_CREDIT", "Ambiguous wording");
    const empty = await createClass(s.teacher.id, "Nobody here yet");
    expect((await getAccountOverview(s.teacher.id))!).toMatchObject({ blockedBy: null, emptyClasses: ["Nobody here yet"] });

    await deleteOwnAccount(s.teacher, PASSWORD, IP);
    expect(Object.entries(await rowsNaming(s.teacher.id, [])).filter(([, n]) => n > 0)).toEqual([]);
    const dump = await dumpDatabase();
    for (const trace of [s.teacher.id, s.teacher.email, s.teacher.name]) expect(dump.includes(trace), trace).toBe(false);
    expect(await db.class.count({ where: { id: empty.id } })).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "account.deleted" }, orderBy: { createdAt: "desc" }, select: { detail: true } })).toEqual({
      detail: { role: "TEACHER", classesDeleted: 1 },
    });

    // The class and everything in it stay with Cora, without the teacher.
    expect((await getGradebook(co.id, s.classId, AFTER_DUE))!.rows).toHaveLength(2);
    expect(await db.assignment.findMany({ where: { classId: s.classId }, select: { createdById: true } })).toEqual([{ createdById: null }, { createdById: null }]);
    expect(await db.gradeOverride.findFirstOrThrow({ where: { assignmentId: s.assignmentId }, select: { createdById: true, percent: true } })).toEqual({ createdById: null, percent: 88 });
    expect(await db.questionVoid.findFirstOrThrow({ where: { assignmentId: s.assignmentId }, select: { createdById: true } })).toEqual({ createdById: null });
    const trail = (await getAssignmentForStudent(s.zofia.id, s.assignmentId, AFTER_DUE))!.changes.map(describeChange);
    expect(trail).toContain(`A former teacher set your grade to 88%. Reason: ${s.reason}`);
    expect(trail.some((t) => t.startsWith("A former teacher voided the question"))).toBe(true);
  });

  it("a deleted account is gone for a second deletion too", async () => {
    const zofia = await person("STUDENT", "Zofia");
    await deleteAccount(zofia.id);
    await expect(deleteAccount(zofia.id)).rejects.toThrow("This account no longer exists.");
  });
});

describe("a teacher removes a student's work from a class", () => {
  it("deletes the membership and every attempt, answer, extension, override and audit event of the class's assignments; the figures change; the rest of the student's data stays", async () => {
    const s = await classWithZofia();
    // Zofia is in another teacher's class too: that work is not touched.
    const other = await person("TEACHER", "Other");
    const elsewhere = await createClass(other.id, "Elsewhere");
    await joinClassByCode(s.zofia.id, elsewhere.joinCode);
    const { id: elsewhereAssignment } = await createAssignment(other.id, input(elsewhere.id));
    await work(elsewhereAssignment, s.zofia.id, 1);

    const gradebookBefore = (await getGradebook(s.teacher.id, s.classId, AFTER_DUE))!;
    const reportBefore = (await getAssignmentReport(s.teacher.id, s.assignmentId, AFTER_DUE))!;
    expect(gradebookBefore.rows).toHaveLength(2);
    expect(reportBefore.counted).toBe(2);
    expect(await getStudentRemovalPreview(s.teacher.id, s.classId, s.zofia.id)).toMatchObject({ attempts: 1, submitted: 1, answers: 4, extensions: 1, overrides: 1 });

    // A teacher of another class, and a student, can neither see what would go nor remove her.
    expect(await getStudentRemovalPreview(other.id, s.classId, s.zofia.id)).toBeNull();
    await expect(removeStudent(other.id, s.classId, s.zofia.id)).rejects.toThrow("That class does not exist.");
    await expect(removeStudent(s.olek.id, s.classId, s.zofia.id)).rejects.toThrow("That class does not exist.");
    expect(await db.classMembership.count({ where: { classId: s.classId } })).toBe(3);
    expect(await db.attempt.count({ where: { assignment: { classId: s.classId } } })).toBe(2);

    expect(await removeStudent(s.teacher.id, s.classId, s.zofia.id)).toEqual({ attempts: 1, extensions: 1, overrides: 1 });
    const inClass = { assignment: { classId: s.classId }, userId: s.zofia.id };
    expect(await db.classMembership.count({ where: { classId: s.classId, userId: s.zofia.id } })).toBe(0);
    expect(await db.attempt.count({ where: inClass })).toBe(0);
    expect(await db.attemptQuestion.count({ where: { attemptId: s.zofiaAttempt } })).toBe(0);
    expect(await db.answer.count({ where: { attemptId: s.zofiaAttempt } })).toBe(0);
    expect(await db.assignmentExtension.count({ where: inClass })).toBe(0);
    expect(await db.gradeOverride.count({ where: inClass })).toBe(0);
    expect(await db.assignmentStudent.count({ where: inClass })).toBe(0);
    expect(await db.auditEvent.count({ where: { subjectId: s.zofia.id } })).toBe(0);
    // The teacher's record of it names no student.
    const record = await db.auditEvent.findFirstOrThrow({ where: { action: "class.student_removed", targetId: s.classId } });
    expect(record).toMatchObject({ actorId: s.teacher.id, subjectId: null, detail: { attempts: 1, extensions: 1, overrides: 1 } });
    expect(JSON.stringify(record)).not.toContain(s.zofia.id);

    // The class's figures are counted again without her.
    const gradebook = (await getGradebook(s.teacher.id, s.classId, AFTER_DUE))!;
    expect(gradebook.rows.map((r) => r.student.id)).toEqual([s.olek.id]);
    const report = (await getAssignmentReport(s.teacher.id, s.assignmentId, AFTER_DUE))!;
    expect(report.counted).toBe(1);
    expect(reportBefore.items.some((i) => i.stats.facility !== 100)).toBe(true);
    expect(report.items.every((i) => i.stats.facility === 100)).toBe(true);

    // Her account, her practice, her other class and her learning record stay.
    expect(await db.user.count({ where: { id: s.zofia.id } })).toBe(1);
    expect(await db.attempt.count({ where: { userId: s.zofia.id, assignmentId: null } })).toBe(1);
    expect(await db.attempt.count({ where: { userId: s.zofia.id, assignmentId: elsewhereAssignment } })).toBe(1);
    expect(await db.lessonProgress.count({ where: { userId: s.zofia.id } })).toBeGreaterThan(0);
    // Removing her again: she is not in the class.
    await expect(removeStudent(s.teacher.id, s.classId, s.zofia.id)).rejects.toThrow("That student is not in this class.");
  });
});
