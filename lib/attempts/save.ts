import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedbackDTO } from "@/lib/quiz/dto";
import { gradeResponse } from "@/lib/quiz/grading";
import { attemptPolicy, feedbackReleased, isOverdue, type FeedbackPolicy } from "@/lib/quiz/policy";
import { parseResponse } from "@/lib/quiz/responses";
import { feedbackForVersions } from "./feedback";
import { finaliseAttempt } from "./finalise";
import { getKeyedVersions } from "./versions";

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

/**
 * Saves one answer: the hot path of the whole app, run for every answer of every student.
 * `seq` is the browser's sequence number: a save whose number is not higher than the one
 * stored for that question is stale and changes nothing (so a late, out-of-order request
 * never overwrites a newer answer). Saves after the deadline and its grace are refused, and
 * the attempt is finalised with what was saved before.
 *
 * Three statements, written in SQL that SQLite and PostgreSQL both run (Prisma 6.19 compiles
 * every model query on the event loop; see docs/performance.md): one read of the attempt, its
 * rules and the question's place in it (owner in the WHERE), then one transaction that first
 * updates the attempt's row, which locks it and checks that it is still open, and then writes
 * the answer only if its sequence number is newer. finaliseAttempt closes the attempt with
 * the same row, so a save is either graded with the attempt or refused, never lost.
 */
export async function saveAnswer(attemptId: string, userId: string, questionVersionId: string, input: unknown, seq: number, now = new Date()): Promise<SaveResult> {
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

  const parsed = parseResponse(version, input);
  if (!parsed.ok) throw new DomainError("invalid", parsed.message);
  const grade = gradeResponse(version, parsed.response);
  const response = JSON.stringify(parsed.response);
  const json = env.provider === "postgresql" ? Prisma.sql`CAST(${response} AS JSONB)` : Prisma.sql`${response}`;

  const [open, written] = await db.$transaction([
    db.$queryRaw<{ lastSeq: number }[]>`
      UPDATE "Attempt" SET "lastSeq" = CASE WHEN "lastSeq" < ${seq} THEN ${seq} ELSE "lastSeq" END
      WHERE "id" = ${attemptId} AND "status" = 'IN_PROGRESS'
      RETURNING "lastSeq"`,
    db.$queryRaw<{ id: string }[]>`
      INSERT INTO "Answer" ("id", "attemptId", "questionVersionId", "response", "seq", "savedAt", "score", "isCorrect", "tries", "gradedAt")
      SELECT ${randomUUID()}, ${attemptId}, ${questionVersionId}, ${json}, ${seq}, ${now}, ${grade.credit * version.points}, ${grade.correct}, 1, ${now}
      WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} AND "status" = 'IN_PROGRESS')
      ON CONFLICT ("attemptId", "questionVersionId") DO UPDATE SET
        "response" = excluded."response", "seq" = excluded."seq", "savedAt" = excluded."savedAt", "score" = excluded."score",
        "isCorrect" = excluded."isCorrect", "gradedAt" = excluded."gradedAt", "tries" = "Answer"."tries" + 1
      WHERE "Answer"."seq" < excluded."seq"
      RETURNING "id"`,
  ]);
  if (open.length === 0) throw new DomainError("conflict", "This attempt is already submitted.");
  if (written.length === 0) return { status: "stale", seq: Number(open[0]!.lastSeq), feedback: null };

  const policy = attemptPolicy(
    { mode: attempt.mode, feedbackPolicy: attempt.quizFeedback },
    attempt.assignmentFeedback ? { feedbackPolicy: attempt.assignmentFeedback, dueAt: attempt.dueAt!, extensions: [{ dueAt: attempt.extendedDueAt }] } : null,
  );
  const release = policy.mode === "PRACTICE" || feedbackReleased(policy.feedbackPolicy, "IN_PROGRESS", now);
  const feedback = release ? ((await feedbackForVersions(new Map([[questionVersionId, version]]), [{ questionVersionId, response: parsed.response }])).get(questionVersionId) ?? null) : null;
  return { status: "saved", seq, feedback };
}
