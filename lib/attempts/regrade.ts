import "server-only";
import { rescoreAttempts } from "@/lib/assignments/rescore";
import { db, lockRow, type Tx } from "@/lib/db";
import { syncLessonProgress } from "@/lib/progress/roll-up";
import { rekeyOnto } from "@/lib/quiz/rekey";
import { gradeInput, toKeyedQuestion } from "@/lib/quiz/rows";

export type RegradeReport = {
  /** Answers of submitted attempts graded again. */
  answers: number;
  /** Of those, the ones whose score changed. */
  changed: number;
  /** Attempts whose score was recomputed. */
  attempts: number;
  /** Students told that a score changed. */
  students: number;
  /** Answers left as graded because the question's type changed. */
  skipped: number;
};

/**
 * Grades every submitted answer to an older version of these questions again, with the key of
 * the question's latest version written in the older version's choice ids (lib/quiz/rekey.ts).
 * The answer keeps the version it answered, and notes the one it was regraded with: its review
 * shows the question as the student saw it, graded with the corrected key. Each
 * changed score is recomputed into its attempt and the student's lesson progress, with an audit
 * entry per attempt that the student is shown, and one for the teacher's regrade. Runs in the
 * caller's transaction.
 */
export async function regradeQuestions(tx: Tx, actorId: string, questionKeys: string[]): Promise<RegradeReport> {
  const report: RegradeReport = { answers: 0, changed: 0, attempts: 0, students: 0, skipped: 0 };
  if (questionKeys.length === 0) return report;
  const questions = await tx.question.findMany({
    where: { key: { in: questionKeys } },
    select: { key: true, versions: { orderBy: { version: "desc" }, select: { id: true, version: true, type: true, content: true, answerKey: true, points: true, prompt: true } } },
  });
  type Change = { attemptId: string; userId: string; lessonId: string; quiz: string; question: string; fromVersion: number; toVersion: number; before: number; after: number };
  const changes: Change[] = [];
  for (const question of questions) {
    const [latest, ...older] = question.versions;
    if (!latest || older.length === 0) continue;
    const corrected = toKeyedQuestion(latest);
    const answers = await tx.answer.findMany({
      where: { questionVersionId: { in: older.map((v) => v.id) }, attempt: { status: "SUBMITTED" } },
      select: { id: true, response: true, score: true, questionVersionId: true, attempt: { select: { id: true, userId: true, quiz: { select: { title: true, lessonId: true } } } } },
    });
    for (const answer of answers) {
      const version = older.find((v) => v.id === answer.questionVersionId)!;
      const key = rekeyOnto(toKeyedQuestion(version), corrected);
      const graded = key && gradeInput(key, answer.response);
      if (!graded || !graded.ok) {
        report.skipped++;
        continue;
      }
      report.answers++;
      const score = graded.grade.credit * version.points;
      await tx.answer.update({ where: { id: answer.id }, data: { score, isCorrect: graded.grade.correct, regradedWithId: latest.id } });
      if (score === answer.score) continue;
      const { attempt } = answer;
      changes.push({ attemptId: attempt.id, userId: attempt.userId, lessonId: attempt.quiz.lessonId, quiz: attempt.quiz.title, question: latest.prompt, fromVersion: version.version, toVersion: latest.version, before: answer.score ?? 0, after: score });
    }
  }
  report.changed = changes.length;

  const attempts = [...new Set(changes.map((c) => c.attemptId))];
  const scores = async () => new Map((await tx.attempt.findMany({ where: { id: { in: attempts } }, select: { id: true, score: true, maxScore: true } })).map((a) => [a.id, a]));
  const before = await scores();
  await rescoreAttempts(tx, { id: { in: attempts } });
  const after = await scores();
  for (const attemptId of attempts) {
    const mine = changes.filter((c) => c.attemptId === attemptId);
    await tx.auditEvent.create({
      data: {
        actorId,
        subjectId: mine[0]!.userId,
        action: "attempt.regraded",
        targetId: attemptId,
        reason: "A question was corrected and past answers were graded again with its corrected key.",
        detail: {
          quiz: mine[0]!.quiz,
          scoreBefore: before.get(attemptId)!.score,
          scoreAfter: after.get(attemptId)!.score,
          maxScore: before.get(attemptId)!.maxScore,
          questions: mine.map(({ question, fromVersion, toVersion, before: b, after: a }) => ({ question, fromVersion, toVersion, before: b, after: a })),
        },
      },
    });
  }
  const students = [...new Map(changes.map((c) => [`${c.userId} ${c.lessonId}`, c])).values()];
  for (const { userId, lessonId } of students) {
    await lockRow(tx, "User", userId);
    await syncLessonProgress(tx, userId, lessonId);
  }
  report.attempts = attempts.length;
  report.students = new Set(changes.map((c) => c.userId)).size;
  await tx.auditEvent.create({ data: { actorId, action: "question.regrade", detail: { questions: questionKeys, ...report } } });
  return report;
}

export type RegradeNotice = { attemptId: string; at: Date; quiz: string; scoreBefore: number | null; scoreAfter: number | null; maxScore: number | null; questions: string[] };

/** What the student is told of the regrades of their attempts (all, or one attempt's), newest first. */
export async function getRegradeNotices(userId: string, attemptId?: string): Promise<RegradeNotice[]> {
  const rows = await db.auditEvent.findMany({
    where: { subjectId: userId, action: "attempt.regraded", ...(attemptId ? { targetId: attemptId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { targetId: true, createdAt: true, detail: true },
  });
  return rows.map((r) => {
    const d = r.detail as { quiz: string; scoreBefore: number | null; scoreAfter: number | null; maxScore: number | null; questions: { question: string }[] };
    return { attemptId: r.targetId ?? "", at: r.createdAt, quiz: d.quiz, scoreBefore: d.scoreBefore, scoreAfter: d.scoreAfter, maxScore: d.maxScore, questions: d.questions.map((q) => q.question) };
  });
}
