import "server-only";
import { getSourceQuotes, quotesForQuestion } from "@/lib/content/queries";
import type { FeedbackDTO } from "@/lib/quiz/dto";
import { gradeResponse } from "@/lib/quiz/grading";
import { buildFeedback } from "@/lib/quiz/present";
import type { AnyResponse, Grade } from "@/lib/quiz/types";
import { getKeyedVersions, type KeyedVersion } from "./versions";

/** A stored (already parsed) response; `grade` when the caller has just graded it. */
type Answered = { questionVersionId: string; response: unknown; grade?: Grade };

/** Grades saved responses with the keys of the versions they answered, and quotes their sources. */
export async function feedbackFor(answers: Answered[]): Promise<Map<string, FeedbackDTO>> {
  if (answers.length === 0) return new Map();
  return feedbackForVersions(await getKeyedVersions(answers.map((a) => a.questionVersionId)), answers);
}

/** feedbackFor, with the versions already read (the save path and practice have just read theirs, and graded). */
export async function feedbackForVersions(versions: Map<string, KeyedVersion>, answers: Answered[]): Promise<Map<string, FeedbackDTO>> {
  const refs = [...new Set([...versions.values()].flatMap((v) => v.refs))];
  const quotes = new Map((await getSourceQuotes(refs)).map((q) => [q.ref, q]));
  const out = new Map<string, FeedbackDTO>();
  for (const answer of answers) {
    const v = versions.get(answer.questionVersionId);
    if (!v) continue;
    const grade = answer.grade ?? gradeResponse(v, answer.response as AnyResponse);
    const sources = quotesForQuestion(v.refs, quotes, (v.content as { quotes?: Record<string, string> }).quotes);
    out.set(v.id, buildFeedback(v, grade, v.points, v.explanation, sources));
  }
  return out;
}
