import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportCourse } from "@/lib/content/export";
import { createAssignment } from "@/lib/assignments/mutations";
import { getAssignmentReport } from "@/lib/assignments/queries";
import { submitAttempt } from "@/lib/attempts/finalise";
import { getAttemptForStudent } from "@/lib/attempts/read";
import { getRegradeNotices } from "@/lib/attempts/regrade";
import { saveAnswer } from "@/lib/attempts/save";
import { startAssignmentAttempt, startAttempt } from "@/lib/attempts/start";
import { createDraft, deleteDraft, getDraft, saveDraftEdit } from "@/lib/authoring/drafts";
import type { DraftEdit } from "@/lib/authoring/schemas";
import { answeredChanges, publishDraft } from "@/lib/authoring/publishing";
import { createClass, joinClassByCode } from "@/lib/classes/mutations";
import { canReadCourse } from "@/lib/content/access";
import { getSourceQuotes } from "@/lib/content/queries";
import { checkGuestAnswer, getGuestPracticeQuestions } from "@/lib/learning/guest";
import { getStudentHome } from "@/lib/learning/queries";
import { db } from "@/lib/db";
import { responseFromKey } from "@/lib/quiz/rows";
import { keyedQuestions } from "../support/quiz";

let n = 0;
const newUser = (role: "STUDENT" | "TEACHER") => db.user.create({ data: { email: `pub-${role}${++n}@example.test`, name: `${role} ${n}`, role, passwordHash: "x" }, select: { id: true, email: true, role: true } });

const ARTICLE = {
  title: "The court and the treaty",
  articleTitle: "Court rules on treaty withdrawal",
  articleSource: "Example Times",
  articleDate: "2026-03-01",
  articleUrl: "https://example.org/court",
  language: "en",
  text: "The court ruled on Monday that the withdrawal was lawful.\n\nThe government said it would leave the treaty in six months.",
};

/** A draft that passes the checklist: one verified fact, one lesson, a single-choice and a true-or-false question. */
async function publishableDraft(teacherId: string) {
  const { id } = await createDraft(teacherId, ARTICLE);
  const edits: DraftEdit[] = [
    { kind: "addFact", fact: { topic: "Treaty", text: "Withdrawal takes effect six months after notice.", sourceTitle: "The treaty", sourceUrl: "https://example.org/treaty", asOf: "2026-01-01", status: "verified" } },
    { kind: "addLesson", title: "The ruling" },
    { kind: "lesson", lesson: 1, field: "objectives", value: "Say what the court ruled\nSay when the withdrawal takes effect" },
    { kind: "addSection", lesson: 1, heading: "What the court said", sectionKind: "article" },
    { kind: "section", lesson: 1, section: 1, field: "body", value: "The court found the withdrawal lawful [¶1], and the government gave six months [¶2] [fact:1]." },
    { kind: "addQuestion", lesson: 1, questionType: "single", prompt: "What did the court rule?" },
    { kind: "question", lesson: 1, question: 1, field: "answers", value: "* The withdrawal was lawful\nThe withdrawal was unlawful\nIt made no ruling" },
    { kind: "question", lesson: 1, question: 1, field: "objective", value: "1" },
    { kind: "question", lesson: 1, question: 1, field: "refs", value: "¶1" },
    { kind: "question", lesson: 1, question: 1, field: "explanation", value: "¶1 says the court found the withdrawal lawful." },
    { kind: "addQuestion", lesson: 1, questionType: "true_false", prompt: "The withdrawal takes effect six months after notice." },
    { kind: "question", lesson: 1, question: 2, field: "answers", value: "true" },
    { kind: "question", lesson: 1, question: 2, field: "objective", value: "2" },
    { kind: "question", lesson: 1, question: 2, field: "refs", value: "¶2, fact:1" },
    { kind: "question", lesson: 1, question: 2, field: "explanation", value: "¶2 and fact 1 give six months." },
  ];
  let revision = 1;
  for (const edit of edits) {
    const outcome = await saveDraftEdit(teacherId, id, revision, edit);
    if (!outcome.saved) throw new Error(outcome.message);
    revision = outcome.draft.revision;
  }
  return { id, revision };
}

const T0 = new Date("2026-03-02T09:00:00Z");
const DUE = new Date("2026-03-09T17:00:00Z");

describe("publishing a draft as a course", () => {
  it("publishes only a draft that passes its checklist, as the draft was when the teacher looked", async () => {
    const teacher = await newUser("TEACHER");
    const { id } = await createDraft(teacher.id, ARTICLE);
    await expect(publishDraft(teacher.id, id, 1, false)).rejects.toThrow(/checklist still lists/);
    const ready = await publishableDraft(teacher.id);
    await expect(publishDraft(teacher.id, ready.id, ready.revision - 1, false)).rejects.toThrow(/changed since this page was loaded/);
    const other = await newUser("TEACHER");
    await expect(publishDraft(other.id, ready.id, ready.revision, false)).rejects.toThrow(/does not exist/);
    expect(await db.course.count({ where: { draftId: { in: [id, ready.id] } } })).toBe(0);
  });

  it("a published course is its authors' and its classes': a student of an assigned class takes it, others and guests cannot", async () => {
    const teacher = await newUser("TEACHER");
    const { id, revision } = await publishableDraft(teacher.id);
    const { slug, seeded } = await publishDraft(teacher.id, id, revision, false);
    expect(seeded).toMatchObject({ changed: true, lessons: 1, questions: 2, newVersions: 2, revised: [] });
    const course = await db.course.findUniqueOrThrow({ where: { slug }, select: { id: true, draftId: true, lessons: { select: { slug: true, quizzes: { select: { slug: true, mode: true } } } } } });
    expect(course.draftId).toBe(id);
    const check = course.lessons[0]!.quizzes.find((q) => q.mode === "ASSESSED")!.slug;

    const student = await newUser("STUDENT");
    const stranger = await newUser("STUDENT");
    const otherTeacher = await newUser("TEACHER");
    expect(await canReadCourse(teacher, course.id)).toBe(true);
    expect(await canReadCourse(null, course.id)).toBe(false);
    expect(await canReadCourse(student, course.id)).toBe(false);
    expect(await getGuestPracticeQuestions(course.lessons[0]!.slug)).toEqual([]);
    const lessonsOnHome = async (id: string) => (await getStudentHome(id, new Date("2026-03-03T10:00:00Z"))).lessons.map((l) => l.slug);
    expect(await lessonsOnHome(student.id)).not.toContain(course.lessons[0]!.slug);
    await expect(startAttempt(stranger.id, check)).rejects.toThrow(/does not exist/);

    const { id: classId, joinCode } = await createClass(teacher.id, "Period 1");
    await joinClassByCode(student.id, joinCode);
    const { id: otherClass } = await createClass(otherTeacher.id, "Period 2");
    const assignment = { title: "The ruling", openAt: T0, dueAt: DUE, closeAt: null, attemptsAllowed: 1, scoringRule: "BEST" as const, timeLimitSec: null, feedbackPolicy: "AFTER_SUBMIT" as const, studentIds: null };
    await expect(createAssignment(otherTeacher.id, { ...assignment, classId: otherClass, quizSlug: check })).rejects.toThrow(/Choose a quiz/);
    const { id: assignmentId } = await createAssignment(teacher.id, { ...assignment, classId, quizSlug: check });
    expect(await canReadCourse(student, course.id)).toBe(true);
    expect(await canReadCourse(stranger, course.id)).toBe(false);
    // The student's home lists its lessons after the built-in course's; a stranger's does not.
    expect((await lessonsOnHome(student.id)).at(-1)).toBe(course.lessons[0]!.slug);
    expect(await lessonsOnHome(stranger.id)).not.toContain(course.lessons[0]!.slug);

    const attemptId = await startAssignmentAttempt(student.id, assignmentId, new Date("2026-03-03T10:00:00Z"));
    const questions = await keyedQuestions(attemptId);
    const version = questions[0]!;
    await expect(checkGuestAnswer(version.id, responseFromKey(version))).rejects.toThrow(/not available for practice/);
    // Feedback quotes the new course's paragraphs, linked to its own article page.
    const quotes = await getSourceQuotes(["p1"], slug);
    expect(quotes).toEqual([expect.objectContaining({ ref: "p1", href: `/courses/${slug}/article#p1`, text: "The court ruled on Monday that the withdrawal was lawful." })]);
    await expect(deleteDraft(teacher.id, id)).rejects.toThrow(/published/);
  });

  it("an edit of an answered question makes a new version; a regrade recomputes the scores, keeps the old review, keeps an audit entry and tells the students", async () => {
    const teacher = await newUser("TEACHER");
    const { id, revision } = await publishableDraft(teacher.id);
    const { slug } = await publishDraft(teacher.id, id, revision, false);
    const lesson = await db.lesson.findFirstOrThrow({ where: { course: { slug } }, select: { id: true, quizzes: { where: { mode: "ASSESSED" }, select: { slug: true } } } });
    const { id: classId, joinCode } = await createClass(teacher.id, "Period 3");
    const [right, wrong] = [await newUser("STUDENT"), await newUser("STUDENT")];
    for (const s of [right, wrong]) await joinClassByCode(s.id, joinCode);
    const { id: assignmentId } = await createAssignment(teacher.id, { classId, quizSlug: lesson.quizzes[0]!.slug, title: "Ruling", openAt: T0, dueAt: DUE, closeAt: null, attemptsAllowed: 1, scoringRule: "BEST", timeLimitSec: null, feedbackPolicy: "AFTER_SUBMIT", studentIds: null });

    // One answers "lawful" (right under the key), the other "unlawful" (wrong); both answer the true/false question right.
    const at = new Date("2026-03-03T10:00:00Z");
    const attempts: Record<string, string> = {};
    for (const [student, choice] of [[right, "The withdrawal was lawful"], [wrong, "The withdrawal was unlawful"]] as const) {
      const attemptId = await startAssignmentAttempt(student.id, assignmentId, at);
      attempts[student.id] = attemptId;
      let seq = 1;
      for (const q of await keyedQuestions(attemptId)) {
        const response = q.type === "single" ? { optionId: q.content.options.find((o) => o.text === choice)!.id } : responseFromKey(q);
        await saveAnswer(student.id, attemptId, q.id, response, seq++, at);
      }
      await submitAttempt(student.id, attemptId, at);
    }
    const scoreOf = async (studentId: string) => (await db.attempt.findUniqueOrThrow({ where: { id: attempts[studentId]! }, select: { score: true } })).score;
    expect([await scoreOf(right.id), await scoreOf(wrong.id)]).toEqual([2, 1]);

    // The teacher finds the article says otherwise and moves the key to "unlawful".
    const draft = await getDraft(teacher.id, id);
    const saved = await saveDraftEdit(teacher.id, id, draft.revision, { kind: "question", lesson: 1, question: 1, field: "answers", value: "The withdrawal was lawful\n* The withdrawal was unlawful\nIt made no ruling" });
    expect(saved.saved).toBe(true);
    const answered = await answeredChanges(await getDraft(teacher.id, id));
    expect(answered).toEqual([expect.objectContaining({ lesson: 1, question: 1, prompt: "What did the court rule?", answers: 2 })]);

    const outcome = await publishDraft(teacher.id, id, saved.draft.revision, true);
    expect(outcome.seeded).toMatchObject({ newVersions: 1, revised: [answered[0]!.key] });
    expect(outcome.regrade).toEqual({ answers: 2, changed: 2, attempts: 2, students: 2, skipped: 0 });
    expect([await scoreOf(right.id), await scoreOf(wrong.id)]).toEqual([1, 2]);

    // The old review still shows the version the student answered, with its prompt and choices as seen.
    const review = await getAttemptForStudent(right.id, attempts[right.id]!);
    const shown = review!.items.find((i) => i.question.type === "single")!;
    const versionOfShown = await db.questionVersion.findUniqueOrThrow({ where: { id: shown.question.id }, select: { version: true } });
    expect(versionOfShown.version).toBe(1);
    expect(shown.question.prompt).toBe("What did the court rule?");
    // Its feedback grades the answer as seen with the corrected key, and says so; it quotes ¶1 of the new course's article.
    expect(shown.feedback).toMatchObject({ regraded: true, correct: false, correctAnswer: ["The withdrawal was unlawful"] });
    expect(shown.feedback?.sources.map((q) => q.href)).toEqual([`/courses/${slug}/article#p1`]);
    expect(review!.result).toMatchObject({ score: 1, maxScore: 2 });

    // Lesson progress follows, the students are told, and the teacher's regrade is on record.
    const progress = await db.lessonProgress.findUniqueOrThrow({ where: { userId_lessonId: { userId: wrong.id, lessonId: lesson.id } }, select: { bestScore: true } });
    expect(progress.bestScore).toBe(100);
    const notices = await getRegradeNotices(wrong.id);
    expect(notices).toEqual([expect.objectContaining({ attemptId: attempts[wrong.id], scoreBefore: 1, scoreAfter: 2, maxScore: 2, questions: ["What did the court rule?"] })]);
    expect(await db.auditEvent.count({ where: { actorId: teacher.id, action: "question.regrade" } })).toBe(1);

    // The item analysis rolls up per paragraph of the new article with the regraded answers.
    const report = await getAssignmentReport(teacher.id, assignmentId);
    expect(report!.byParagraph.map((p) => [p.key, p.facility])).toEqual(expect.arrayContaining([["p1", 50], ["p2", 100]]));

    // Publishing again without changes writes nothing; a course's paragraphs are then fixed.
    const again = await publishDraft(teacher.id, id, saved.draft.revision, true);
    expect(again.seeded.changed).toBe(false);
    await expect(saveDraftEdit(teacher.id, id, saved.draft.revision, { kind: "merge", n: 1 })).rejects.toThrow(/numbered for good/);
  });

  it("a paragraph corrected after publishing keeps the text it replaced, and earlier question versions quote what they cited", async () => {
    const teacher = await newUser("TEACHER");
    const { id, revision } = await publishableDraft(teacher.id);
    const { slug } = await publishDraft(teacher.id, id, revision, false);
    const fixed = await saveDraftEdit(teacher.id, id, revision, { kind: "paragraph", n: 1, text: "The court ruled on Tuesday that the withdrawal was lawful." });
    const { seeded } = await publishDraft(teacher.id, id, fixed.draft.revision, false);
    expect(seeded.revised).toHaveLength(1);
    const course = await db.course.findUniqueOrThrow({ where: { slug }, select: { corrections: { select: { number: true, before: true, after: true } } } });
    expect(course.corrections).toEqual([{ number: 1, before: "The court ruled on Monday that the withdrawal was lawful.", after: "The court ruled on Tuesday that the withdrawal was lawful." }]);
    // It exports in the layout of content/, with the corrected text.
    const dir = mkdtempSync(path.join(tmpdir(), "published-"));
    expect(await exportCourse(db, dir, slug)).toEqual(["article.yaml", "facts.yaml", expect.stringMatching(/^lessons\/01-[a-z0-9-]+\.yaml$/)]);
    expect(readFileSync(path.join(dir, "article.yaml"), "utf8")).toContain("The court ruled on Tuesday that the withdrawal was lawful.");
    const versions = await db.questionVersion.findMany({ where: { question: { key: seeded.revised[0] } }, orderBy: { version: "asc" }, select: { content: true } });
    expect(versions.map((v) => (v.content as { quotes: Record<string, string> }).quotes.p1)).toEqual(["The court ruled on Monday that the withdrawal was lawful.", "The court ruled on Tuesday that the withdrawal was lawful."]);
  });
});
