// Every read and write of the data layer, called by someone it is not for: another teacher, a
// student on teacher functions, another student on a student's work. Each is "not found" (a
// DomainError, or null, or nothing listed), and none writes a row. The pages, route handlers and
// actions add their own checks on top (tests/e2e); this suite is the layer beneath them.
import { beforeAll, describe, expect, it } from "vitest";
import { createAssignment, overrideGrade, setExtension, voidQuestion } from "@/lib/assignments/mutations";
import { getAssignmentAnswers, getAssignmentReport, getAssignmentsForClass, getGradebook } from "@/lib/assignments/queries";
import { getAssignmentForStudent, getAssignmentsForStudent, getStudentInClass } from "@/lib/assignments/student-queries";
import { submitAttempt } from "@/lib/attempts/finalise";
import { getAttemptForStudent, getAttemptForTeacher, getOpenAttemptForStudent } from "@/lib/attempts/read";
import { saveAnswer } from "@/lib/attempts/save";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { addCoTeacher, createClass, joinClassByCode, regenerateJoinCode, removeStudent } from "@/lib/classes/mutations";
import { getClassForTeacher, getClassesForStudent } from "@/lib/classes/queries";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { getClassRetention } from "@/lib/learning/queries";
import { responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions } from "../support/quiz";

const NOW = new Date("2026-03-03T09:00:00Z");
let n = 0;
const newUser = (role: "STUDENT" | "TEACHER") => db.user.create({ data: { email: `d${++n}@example.test`, name: `${role} ${n}`, role, passwordHash: "x" }, select: { id: true } });

let owner: { id: string }, outsider: { id: string }, student: { id: string }, stranger: { id: string }, otherStudent: { id: string };
let classId: string, assignmentId: string, submittedId: string, openId: string, questionId: string, versionId: string;

beforeAll(async () => {
  await seedCourse(db, loadCourse());
  [owner, outsider, student, stranger, otherStudent] = [await newUser("TEACHER"), await newUser("TEACHER"), await newUser("STUDENT"), await newUser("STUDENT"), await newUser("STUDENT")];
  const cls = await createClass(owner.id, "Owned");
  classId = cls.id;
  await joinClassByCode(student.id, cls.joinCode);
  await joinClassByCode(otherStudent.id, cls.joinCode);
  const input = { classId, quizSlug: "the-convention-check", title: "Check", openAt: new Date("2026-03-01T00:00:00Z"), dueAt: new Date("2026-03-09T17:00:00Z"), closeAt: null, attemptsAllowed: 2, scoringRule: "BEST" as const, timeLimitSec: null, feedbackPolicy: "AFTER_SUBMIT" as const, studentIds: null };
  assignmentId = (await createAssignment(owner.id, input)).id;
  submittedId = await startAssignmentAttempt(student.id, assignmentId, NOW);
  const [q] = await keyedQuestions(submittedId);
  versionId = q!.id;
  await saveAnswer(student.id, submittedId, versionId, responseFromKey(q!), 1, NOW);
  await submitAttempt(student.id, submittedId, NOW);
  openId = await startAssignmentAttempt(student.id, assignmentId, NOW);
  questionId = (await db.questionVersion.findUniqueOrThrow({ where: { id: versionId }, select: { questionId: true } })).questionId;
});

/** Every row count, so a refused call can be shown to have written nothing. */
async function counts() {
  const [classes, memberships, assignments, attempts, answers, extensions, overrides, voids, audit] = await Promise.all([
    db.class.count(), db.classMembership.count(), db.assignment.count(), db.attempt.count(), db.answer.findMany({ select: { id: true, seq: true, response: true } }),
    db.assignmentExtension.count(), db.gradeOverride.count(), db.questionVoid.count(), db.auditEvent.count(),
  ]);
  const codes = await db.class.findMany({ select: { joinCode: true }, orderBy: { id: "asc" } });
  return { classes, memberships, assignments, attempts, answers, extensions, overrides, voids, audit, codes };
}

/** Refused as "not found": a DomainError, or nothing returned. */
async function expectNotFound(call: () => Promise<unknown>) {
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("not_found");
    return;
  }
  expect(outcome === null || (Array.isArray(outcome) && outcome.length === 0)).toBe(true);
}

const input = () => ({ classId, quizSlug: "the-convention-check", title: "Intruder", openAt: NOW, dueAt: new Date("2026-03-20T17:00:00Z"), closeAt: null, attemptsAllowed: 1, scoringRule: "BEST" as const, timeLimitSec: null, feedbackPolicy: "AFTER_SUBMIT" as const, studentIds: null });

// Called as `who`: every teacher function, on the owner's class, its assignment and its student.
const teacherCalls = (who: () => string): [string, () => Promise<unknown>][] => [
  ["getClassForTeacher", () => getClassForTeacher(who(), classId)],
  ["getAssignmentsForClass", () => getAssignmentsForClass(who(), classId)],
  ["getGradebook", () => getGradebook(who(), classId, NOW)],
  ["getAssignmentReport", () => getAssignmentReport(who(), assignmentId, NOW)],
  ["getAssignmentAnswers", () => getAssignmentAnswers(who(), assignmentId, NOW)],
  ["getStudentInClass", () => getStudentInClass(who(), classId, student.id, NOW)],
  ["getAttemptForTeacher", () => getAttemptForTeacher(who(), submittedId)],
  ["getClassRetention", () => getClassRetention(who(), classId, NOW)],
  ["regenerateJoinCode", () => regenerateJoinCode(who(), classId)],
  ["removeStudent", () => removeStudent(who(), classId, student.id)],
  ["addCoTeacher", () => addCoTeacher(who(), classId, "d1@example.test")],
  ["createAssignment", () => createAssignment(who(), input())],
  ["setExtension", () => setExtension(who(), assignmentId, student.id, { dueAt: new Date("2026-04-01T00:00:00Z"), extraTimeSec: 0, extraAttempts: 1 })],
  ["overrideGrade", () => overrideGrade(who(), assignmentId, student.id, 100, "intrusion")],
  ["voidQuestion", () => voidQuestion(who(), assignmentId, questionId, "FULL_CREDIT", "intrusion")],
];

describe.each([
  ["another teacher", () => outsider.id],
  ["a student of the class", () => student.id],
])("teacher functions called by %s", (_who, who) => {
  it.each(teacherCalls(who))("%s is not found and writes nothing", async (_name, call) => {
    const before = await counts();
    await expectNotFound(call);
    expect(await counts()).toEqual(before);
  });
});

// Called by a student of another class (and one of the same class) on the student's own work.
const studentCalls = (who: () => string): [string, () => Promise<unknown>][] => [
  ["getAttemptForStudent", () => getAttemptForStudent(who(), submittedId, NOW)],
  ["getOpenAttemptForStudent on the open attempt's slot", async () => {
    const found = await getOpenAttemptForStudent(who(), { assignmentId }, NOW);
    return found?.id === openId ? found : null;
  }],
  ["saveAnswer to the open attempt", () => saveAnswer(who(), openId, versionId, { optionId: "x" }, 99, NOW)],
  ["submitAttempt of the open attempt", () => submitAttempt(who(), openId, NOW)],
];

describe("a student's work, read or changed by another student", () => {
  it.each(studentCalls(() => otherStudent.id))("%s (same class) is not found and writes nothing", async (_name, call) => {
    const before = await counts();
    await expectNotFound(call);
    expect(await counts()).toEqual(before);
  });
  it.each(studentCalls(() => stranger.id))("%s (another class) is not found and writes nothing", async (_name, call) => {
    const before = await counts();
    await expectNotFound(call);
    expect(await counts()).toEqual(before);
  });
  it("a student outside the class sees neither the class nor its assignment, and cannot start it", async () => {
    expect(await getClassesForStudent(stranger.id)).toEqual([]);
    expect(await getAssignmentsForStudent(stranger.id, NOW)).toEqual([]);
    await expectNotFound(() => getAssignmentForStudent(stranger.id, assignmentId, NOW));
    const before = await counts();
    await expectNotFound(() => startAssignmentAttempt(stranger.id, assignmentId, NOW));
    expect(await counts()).toEqual(before);
  });
});

describe("the same reads by the people they are for", () => {
  // The control: the refusals above are refusals, not a setup that finds nothing for anyone.
  it.each(teacherCalls(() => owner.id).slice(0, 8))("%s by the class's teacher finds it", async (_name, call) => {
    const found = await call();
    expect(found === null || (Array.isArray(found) && found.length === 0)).toBe(false);
  });
  it.each(studentCalls(() => student.id).slice(0, 2))("%s by the student finds it", async (_name, call) => {
    expect(await call()).not.toBeNull();
  });
});
