import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { FeedbackDTO } from "@/lib/quiz/dto";
import { attemptPolicy, feedbackReleased, isOverdue, type FeedbackPolicy } from "@/lib/quiz/policy";
import { gradeInput } from "@/lib/quiz/rows";
import { feedbackForVersions } from "./feedback";
import { finaliseAttempt } from "./finalise";
import { getKeyedVersions } from "./versions";
import { currentTime } from "@/lib/clock";

export type SaveResult = { status: "saved" | "stale"; seq: number; feedback: FeedbackDTO | null };

type AttemptRow = {
  status: "IN_PROGRESS" | "SUBMITTED";
  deadline: Date | null;
  mode: "PRACTICE" | "ASSESSED";
  quizFeedback: FeedbackPolicy;
  assignmentFeedback: FeedbackPolicy | null;
  dueAt: Date | null;
  extendedDueAt: Date | null;
  /** Null when the question is not part of the attempt. */
  slot: string | null;
};

type Write = { attemptId: string; questionVersionId: string; response: string; seq: number; now: Date; score: number; correct: boolean };
type Outcome = { kind: "saved" } | { kind: "stale"; lastSeq: number } | { kind: "closed" };

/**
 * PostgreSQL: one statement. Its first part updates the attempt's row only while the attempt
 * is open, and that takes the row's lock; the answer is then written from that row, and only
 * over an older sequence number (ON CONFLICT works on the newest version of the answer row).
 */
async function writePostgres(w: Write): Promise<Outcome> {
  const [row] = await db.$queryRaw<{ lastSeq: number | null; written: bigint | number }[]>`
    WITH open AS (
      UPDATE "Attempt" SET "lastSeq" = GREATEST("lastSeq", ${w.seq}) WHERE "id" = ${w.attemptId} AND "status" = 'IN_PROGRESS' RETURNING "id", "lastSeq"
    ), written AS (
      INSERT INTO "Answer" ("id", "attemptId", "questionVersionId", "response", "seq", "savedAt", "score", "isCorrect", "tries", "gradedAt")
      SELECT ${randomUUID()}, open."id", ${w.questionVersionId}, CAST(${w.response} AS JSONB), ${w.seq}, ${w.now}, ${w.score}, ${w.correct}, 1, ${w.now} FROM open
      ON CONFLICT ("attemptId", "questionVersionId") DO UPDATE SET
        "response" = excluded."response", "seq" = excluded."seq", "savedAt" = excluded."savedAt", "score" = excluded."score",
        "isCorrect" = excluded."isCorrect", "gradedAt" = excluded."gradedAt", "tries" = "Answer"."tries" + 1
      WHERE "Answer"."seq" < excluded."seq"
      RETURNING "id"
    )
    SELECT (SELECT "lastSeq" FROM open) AS "lastSeq", (SELECT COUNT(*) FROM written) AS "written"`;
  if (row?.lastSeq === null || row?.lastSeq === undefined) return { kind: "closed" };
  return Number(row.written) > 0 ? { kind: "saved" } : { kind: "stale", lastSeq: Number(row.lastSeq) };
}

/**
 * SQLite: two statements, each atomic (SQLite has one writer at a time, and finaliseAttempt
 * holds the write lock from its first statement to its commit). The answer is written only
 * while the attempt is open and only over an older sequence number; then the attempt's last
 * sequence number moves up, which also tells a stale save from a closed attempt.
 */
async function writeSqlite(w: Write): Promise<Outcome> {
  const written = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "Answer" ("id", "attemptId", "questionVersionId", "response", "seq", "savedAt", "score", "isCorrect", "tries", "gradedAt")
    SELECT ${randomUUID()}, ${w.attemptId}, ${w.questionVersionId}, ${w.response}, ${w.seq}, ${w.now}, ${w.score}, ${w.correct}, 1, ${w.now}
    WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${w.attemptId} AND "status" = 'IN_PROGRESS')
    ON CONFLICT ("attemptId", "questionVersionId") DO UPDATE SET
      "response" = excluded."response", "seq" = excluded."seq", "savedAt" = excluded."savedAt", "score" = excluded."score",
      "isCorrect" = excluded."isCorrect", "gradedAt" = excluded."gradedAt", "tries" = "Answer"."tries" + 1
    WHERE "Answer"."seq" < excluded."seq"
    RETURNING "id"`;
  const open = await db.$queryRaw<{ lastSeq: number }[]>`
    UPDATE "Attempt" SET "lastSeq" = MAX("lastSeq", ${w.seq}) WHERE "id" = ${w.attemptId} AND "status" = 'IN_PROGRESS' RETURNING "lastSeq"`;
  if (written.length > 0) return { kind: "saved" };
  return open[0] ? { kind: "stale", lastSeq: Number(open[0].lastSeq) } : { kind: "closed" };
}

/**
 * Saves one answer: the hot path of the whole app, run for every answer of every student.
 * `seq` is the browser's sequence number: a save whose number is not higher than the one
 * stored for that question is stale and changes nothing (so a late, out-of-order request
 * never overwrites a newer answer). Saves after the deadline and its grace are refused, and
 * the attempt is finalised with what was saved before.
 *
 * Written in SQL (Prisma 6.19 compiles every model query on the event loop, and a raw
 * statement skips that; see docs/performance.md): one read of the attempt, its rules and the
 * question's place in it, with the owner in the WHERE; the key comes from memory
 * (versions.ts); then the write, one statement on PostgreSQL and two on SQLite. Either way
 * the answer is written only while the attempt is open and only over an older sequence
 * number, atomically with respect to finaliseAttempt, which closes the attempt before it
 * reads the answers: a save is graded with its attempt or refused, never lost.
 */
export async function saveAnswer(userId: string, attemptId: string, questionVersionId: string, input: unknown, seq: number, now = currentTime()): Promise<SaveResult> {
  const [attempt] = await db.$queryRaw<AttemptRow[]>`
    SELECT a."status", a."deadline", q."mode", q."feedbackPolicy" AS "quizFeedback",
           s."feedbackPolicy" AS "assignmentFeedback", s."dueAt", e."dueAt" AS "extendedDueAt", aq."id" AS "slot"
    FROM "Attempt" a
    JOIN "Quiz" q ON q."id" = a."quizId"
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    LEFT JOIN "AssignmentExtension" e ON e."assignmentId" = a."assignmentId" AND e."userId" = a."userId"
    LEFT JOIN "AttemptQuestion" aq ON aq."attemptId" = a."id" AND aq."questionVersionId" = ${questionVersionId}
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`;
  if (!attempt) throw new DomainError("not_found", "That attempt does not exist.");
  if (attempt.status !== "IN_PROGRESS") throw new DomainError("conflict", "This attempt is already submitted.");
  if (isOverdue(attempt, now)) {
    await finaliseAttempt(attemptId, attempt.deadline ?? now);
    throw new DomainError("conflict", "Time is up: this attempt was submitted at its deadline with the answers saved before it.");
  }
  const version = attempt.slot ? (await getKeyedVersions([questionVersionId])).get(questionVersionId) : undefined;
  if (!version) throw new DomainError("invalid", "That question is not part of this attempt.");

  const graded = gradeInput(version, input);
  if (!graded.ok) throw new DomainError("invalid", graded.message);
  const { response, grade } = graded;
  const write = { attemptId, questionVersionId, response: JSON.stringify(response), seq, now, score: grade.credit * version.points, correct: grade.correct };
  const outcome = env.provider === "postgresql" ? await writePostgres(write) : await writeSqlite(write);
  if (outcome.kind === "closed") throw new DomainError("conflict", "This attempt is already submitted.");
  if (outcome.kind === "stale") return { status: "stale", seq: outcome.lastSeq, feedback: null };

  const policy = attemptPolicy(
    { mode: attempt.mode, feedbackPolicy: attempt.quizFeedback },
    attempt.assignmentFeedback ? { feedbackPolicy: attempt.assignmentFeedback, dueAt: attempt.dueAt!, extensions: [{ dueAt: attempt.extendedDueAt }] } : null,
  );
  const release = policy.mode === "PRACTICE" || feedbackReleased(policy.feedbackPolicy, "IN_PROGRESS", now);
  const feedback = release ? ((await feedbackForVersions(new Map([[questionVersionId, version]]), [{ questionVersionId, response, grade }])).get(questionVersionId) ?? null) : null;
  return { status: "saved", seq, feedback };
}
