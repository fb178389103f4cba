import { beforeAll, describe, expect, it } from "vitest";
import { createAssignment, overrideGrade, setExtension, voidQuestion, type AssignmentInput } from "@/lib/assignments/mutations";
import { getAssignmentAnswers, getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { getAssignmentForStudent, getAssignmentsForStudent, getStudentInClass } from "@/lib/assignments/student-queries";
import { createClass, joinClassByCode } from "@/lib/classes/mutations";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { countQueries, db } from "@/lib/db";
import { submitAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { getAttemptForStudent, getAttemptForTeacher } from "@/lib/attempts/read";
import { responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions, minutes } from "../support/quiz";

const QUIZ = "the-convention-check";
const T0 = new Date("2026-03-02T09:00:00Z");
const DUE = new Date("2026-03-09T17:00:00Z");

type Person = { id: string; name: string };
let n = 0;
const newUser = (role: "STUDENT" | "TEACHER", name = `${role} ${n + 1}`) =>
  db.user.create({ data: { email: `${role.toLowerCase()}${++n}@example.test`, name, role, passwordHash: "x" }, select: { id: true, name: true } });

/** A teacher with a class of `size` students. */
async function classWith(size: number) {
  const teacher = await newUser("TEACHER");
  const cls = await createClass(teacher.id, `Class ${n}`);
  const students = [];
  for (let i = 0; i < size; i++) {
    const s = await newUser("STUDENT", `Student ${String(i).padStart(3, "0")}`);
    await joinClassByCode(s.id, cls.joinCode);
    students.push(s);
  }
  return { teacher, classId: cls.id, students };
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

/** Starts, answers the first `right` questions correctly (the rest unanswered), and submits at `at`. */
async function work(assignmentId: string, studentId: string, right: number, at: Date) {
  const attemptId = await startAssignmentAttempt(studentId, assignmentId, at);
  const questions = await keyedQuestions(attemptId);
  for (const [i, q] of questions.slice(0, right).entries()) await saveAnswer(studentId, attemptId, q.id, responseFromKey(q), i + 1, at);
  const result = await submitAttempt(studentId, attemptId, at);
  return { attemptId, questions, result };
}

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

describe("setting work", () => {
  it("refuses students from elsewhere (a teacher who does not teach the class: tests/integration/denials.test.ts)", async () => {
    const { teacher } = await classWith(0);
    const other = await newUser("STUDENT");
    const mine = await createClass(teacher.id, "Mine");
    await expect(createAssignment(teacher.id, input(mine.id, { studentIds: [other.id] }))).rejects.toThrow(/not in this class/);
    expect(await db.assignment.count({ where: { classId: mine.id } })).toBe(0);
  });

  it("a targeted assignment reaches only the chosen students", async () => {
    const { teacher, classId, students } = await classWith(2);
    const [chosen, other] = students as [Person, Person];
    const { id } = await createAssignment(teacher.id, input(classId, { studentIds: [chosen.id] }));
    expect((await getAssignmentsForStudent(chosen.id, T0)).map((a) => a.id)).toEqual([id]);
    expect(await getAssignmentsForStudent(other.id, T0)).toEqual([]);
    await expect(startAssignmentAttempt(other.id, id, T0)).rejects.toThrow(/does not exist/);
    expect(await db.attempt.count({ where: { assignmentId: id } })).toBe(0);
  });
});

describe("taking an assignment", () => {
  it("keeps to the open date, the attempts allowed, and an extension's extra attempt", async () => {
    const { teacher, classId, students } = await classWith(1);
    const s = students[0]!;
    const { id } = await createAssignment(teacher.id, input(classId));
    await expect(startAssignmentAttempt(s.id, id, minutes(T0, -1))).rejects.toThrow(/opens on 2 Mar 2026, 09:00 UTC/);
    await work(id, s.id, 1, minutes(T0, 10));
    await expect(startAssignmentAttempt(s.id, id, minutes(T0, 20))).rejects.toThrow(/used all 1 attempt/);
    await setExtension(teacher.id, id, s.id, { dueAt: null, extraTimeSec: 0, extraAttempts: 1 });
    await work(id, s.id, 2, minutes(T0, 30));
    expect(await db.attempt.count({ where: { assignmentId: id, userId: s.id, status: "SUBMITTED" } })).toBe(2);
  });

  it("runs the timer from the assignment's limit plus extra time, capped at the close date", async () => {
    const { teacher, classId, students } = await classWith(2);
    const [a, b] = students as [Person, Person];
    const closeAt = minutes(DUE, 60);
    const { id } = await createAssignment(teacher.id, input(classId, { timeLimitSec: 600, closeAt }));
    await setExtension(teacher.id, id, b.id, { dueAt: null, extraTimeSec: 300, extraAttempts: 0 });
    const start = minutes(T0, 5);
    const ta = await startAssignmentAttempt(a.id, id, start);
    const tb = await startAssignmentAttempt(b.id, id, start);
    const deadlines = await db.attempt.findMany({ where: { id: { in: [ta, tb] } }, select: { id: true, deadline: true } });
    expect(deadlines.find((d) => d.id === ta)!.deadline).toEqual(minutes(start, 10));
    expect(deadlines.find((d) => d.id === tb)!.deadline).toEqual(minutes(start, 15));
    const lateStart = minutes(closeAt, -4);
    const { id: late } = await createAssignment(teacher.id, input(classId, { timeLimitSec: 600, closeAt }));
    const tc = await startAssignmentAttempt(a.id, late, lateStart);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: tc } })).deadline).toEqual(closeAt);
    await expect(startAssignmentAttempt(b.id, late, minutes(closeAt, 1))).rejects.toThrow(/closed on/);
  });

  it("marks work after the due date late, and an extended due date moves the line", async () => {
    const { teacher, classId, students } = await classWith(3);
    const [onTime, late, extended] = students as [Person, Person, Person];
    const { id } = await createAssignment(teacher.id, input(classId));
    await setExtension(teacher.id, id, extended.id, { dueAt: minutes(DUE, 24 * 60), extraTimeSec: 0, extraAttempts: 0 });
    await work(id, onTime.id, 3, minutes(DUE, -60));
    await work(id, late.id, 3, minutes(DUE, 60));
    await work(id, extended.id, 3, minutes(DUE, 60));
    const now = minutes(DUE, 48 * 60);
    const statuses = Object.fromEntries((await getAssignmentReport(teacher.id, id, now))!.rows.map((r) => [r.student.id, r.status]));
    expect(statuses).toEqual({ [onTime.id]: "submitted", [late.id]: "late", [extended.id]: "submitted" });
  });

  it("uses the assignment's feedback policy: after the student's due date", async () => {
    const { teacher, classId, students } = await classWith(1);
    const s = students[0]!;
    const { id } = await createAssignment(teacher.id, input(classId, { feedbackPolicy: "AFTER_DUE" }));
    const { attemptId } = await work(id, s.id, 2, minutes(T0, 10));
    const withFeedback = (items: { feedback: unknown }[]) => items.filter((i) => i.feedback !== null).length;
    expect(withFeedback((await getAttemptForStudent(s.id, attemptId, minutes(DUE, -1)))!.items)).toBe(0);
    expect(withFeedback((await getAttemptForStudent(s.id, attemptId, minutes(DUE, 1)))!.items)).toBe(2);
    // The teacher sees the answers at once.
    expect(withFeedback((await getAttemptForTeacher(teacher.id, attemptId))!.items)).toBe(2);
  });
});

describe("grading tools", () => {
  it("a void rescores every attempt, for full credit or out of the total, and restoring undoes it; each change is audited", async () => {
    const { teacher, classId, students } = await classWith(1);
    const s = students[0]!;
    const { id } = await createAssignment(teacher.id, input(classId));
    const { attemptId, questions, result } = await work(id, s.id, 1, minutes(T0, 10));
    const total = questions.reduce((sum, q) => sum + q.points, 0);
    expect(result.score).toBe(questions[0]!.points);
    // Void a question the student left unanswered.
    const missed = questions[1]!;
    const questionId = (await db.questionVersion.findUniqueOrThrow({ where: { id: missed.id }, select: { questionId: true } })).questionId;
    const scoreOf = async () => db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true, maxScore: true } });

    await voidQuestion(teacher.id, id, questionId, "FULL_CREDIT", "The wording was ambiguous.");
    expect(await scoreOf()).toEqual({ score: questions[0]!.points + missed.points, maxScore: total });
    await voidQuestion(teacher.id, id, questionId, "EXCLUDE", "Not covered in class.");
    expect(await scoreOf()).toEqual({ score: questions[0]!.points, maxScore: total - missed.points });
    await voidQuestion(teacher.id, id, questionId, null, "Restored after discussion.");
    expect(await scoreOf()).toEqual({ score: questions[0]!.points, maxScore: total });

    const seen = await getAssignmentForStudent(s.id, id);
    expect(seen!.changes.map((c) => [c.action, c.reason])).toEqual([
      ["question.void", "The wording was ambiguous."],
      ["question.void", "Not covered in class."],
      ["question.void_removed", "Restored after discussion."],
    ]);
  });

  it("an override replaces the counted grade, is audited with its reason, and can be removed", async () => {
    const { teacher, classId, students } = await classWith(1);
    const s = students[0]!;
    const { id } = await createAssignment(teacher.id, input(classId));
    await work(id, s.id, 2, minutes(T0, 10));
    const counted = (await getAssignmentForStudent(s.id, id))!.grade!;
    expect(counted.source).toBe("attempts");
    await overrideGrade(teacher.id, id, s.id, 85, "Oral follow-up showed full understanding.");
    expect((await getAssignmentForStudent(s.id, id))!.grade).toEqual({ percent: 85, source: "override" });
    await overrideGrade(teacher.id, id, s.id, null, "Back to the quiz score.");
    const after = (await getAssignmentForStudent(s.id, id))!;
    expect(after.grade).toEqual(counted);
    expect(after.changes.map((c) => [c.action, c.reason, c.detail])).toEqual([
      ["grade.override", "Oral follow-up showed full understanding.", { percent: 85, previous: null }],
      ["grade.override_removed", "Back to the quiz score.", { percent: null, previous: 85 }],
    ]);
  });

  it("teacher B can read and change nothing of teacher A's class", async () => {
    const { teacher, classId, students } = await classWith(1);
    const s = students[0]!;
    const { id } = await createAssignment(teacher.id, input(classId));
    const { attemptId } = await work(id, s.id, 1, minutes(T0, 10));
    const b = await newUser("TEACHER");
    expect(await getGradebook(b.id, classId)).toBeNull();
    expect(await getAssignmentReport(b.id, id)).toBeNull();
    expect(await getStudentInClass(b.id, classId, s.id)).toBeNull();
    expect(await getAttemptForTeacher(b.id, attemptId)).toBeNull();
    const questionId = (await db.question.findFirstOrThrow({ where: { lesson: { quizzes: { some: { slug: QUIZ } } } }, select: { id: true } })).id;
    await expect(overrideGrade(b.id, id, s.id, 100, "Trying it on")).rejects.toThrow(/does not exist/);
    await expect(setExtension(b.id, id, s.id, { dueAt: null, extraTimeSec: 0, extraAttempts: 5 })).rejects.toThrow(/does not exist/);
    await expect(voidQuestion(b.id, id, questionId, "FULL_CREDIT", "Trying it on")).rejects.toThrow(/does not exist/);
    expect(await db.gradeOverride.count({ where: { assignmentId: id } })).toBe(0);
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
    expect(await db.questionVoid.count({ where: { assignmentId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: id } })).toBe(0);
  });
});

describe("the dashboard", () => {
  it("reads a class of 40 with the same number of queries as a class of 4 (no N+1)", async () => {
    const measure = async (size: number) => {
      const { teacher, classId, students } = await classWith(size);
      for (let i = 0; i < 2; i++) {
        const { id } = await createAssignment(teacher.id, input(classId, { title: `A${i}`, attemptsAllowed: 2 }));
        for (const s of students.slice(0, Math.ceil(size / 2))) await work(id, s.id, 1, minutes(T0, 10));
      }
      const gradebook = await countQueries(() => getGradebook(teacher.id, classId, DUE));
      expect(gradebook.result!.rows).toHaveLength(size);
      const assignmentId = gradebook.result!.columns[0]!.id;
      const report = await countQueries(() => getAssignmentReport(teacher.id, assignmentId, DUE));
      expect(report.result!.counted).toBe(Math.ceil(size / 2));
      return { gradebook: gradebook.queries, report: report.queries };
    };
    const small = await measure(4);
    const large = await measure(40);
    expect(small.gradebook).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });

  it("the item analysis of a class where everyone is right: facility 100 %, discrimination undefined and said so", async () => {
    const { teacher, classId, students } = await classWith(3);
    const { id } = await createAssignment(teacher.id, input(classId));
    for (const s of students) await work(id, s.id, 99, minutes(T0, 10));
    const report = (await getAssignmentReport(teacher.id, id, DUE))!;
    expect(report.counted).toBe(3);
    for (const item of report.items) {
      expect(item.stats.facility).toBe(100);
      expect(item.stats.discrimination).toEqual({ value: null, reason: "no variation in total scores" });
    }
    expect(report.byParagraph.length).toBeGreaterThan(0);
    expect([...report.byParagraph, ...report.byFact, ...report.byObjective].every((r) => r.facility === 100)).toBe(true);
    expect((await getAssignmentAnswers(teacher.id, id, DUE))!.answerRows).toHaveLength(3 * report.items.length);
  });

  it("one student fully right and one with nothing answered: every facility 50 %, every discrimination 1, the key marked", async () => {
    const { teacher, classId, students } = await classWith(2);
    const { id } = await createAssignment(teacher.id, input(classId));
    await work(id, students[0]!.id, 99, minutes(T0, 10));
    await work(id, students[1]!.id, 0, minutes(T0, 10));
    const report = (await getAssignmentReport(teacher.id, id, DUE))!;
    for (const item of report.items) {
      expect(item.stats.facility).toBe(50);
      expect(item.stats.discrimination).toEqual({ value: 1, reason: null });
      if (item.options.length) expect(item.options.filter((o) => o.correct).length).toBeGreaterThan(0);
    }
    expect(report.byParagraph.every((r) => r.facility === 50 && r.responses === 2 * r.questions)).toBe(true);
    expect(report.items.flatMap((i) => i.commonWrong.map((w) => w.text))).toContain("(no answer)");
  });
});
