import "server-only";
import { getSourceQuotes, quotesForQuestion } from "@/lib/content/queries";
import type { FeedbackDTO } from "@/lib/quiz/dto";
import { gradeResponse } from "@/lib/quiz/grading";
import { rekeyOnto } from "@/lib/quiz/rekey";
import { buildFeedback } from "@/lib/quiz/present";
import type { AnyResponse, Grade } from "@/lib/quiz/types";
import { getKeyedVersions, type KeyedVersion } from "./versions";

/** A stored (already parsed) response; `grade` when the caller has just graded it; `regradedWithId` after a regrade. */
type Answered = { questionVersionId: string; response: unknown; grade?: Grade; regradedWithId?: string | null };

/** Grades saved responses with the keys of the versions they answered, and quotes their sources. */
export async function feedbackFor(answers: Answered[]): Promise<Map<string, FeedbackDTO>> {
  if (answers.length === 0) return new Map();
  const ids = answers.flatMap((a) => [a.questionVersionId, ...(a.regradedWithId ? [a.regradedWithId] : [])]);
  return feedbackForVersions(await getKeyedVersions(ids), answers);
}

/** feedbackFor, with the versions already read (the save path and practice have just read theirs, and graded). */
export async function feedbackForVersions(versions: Map<string, KeyedVersion>, answers: Answered[]): Promise<Map<string, FeedbackDTO>> {
  // References name a paragraph or fact of the question's own course.
  const byCourse = new Map<string, Set<string>>();
  for (const v of versions.values()) for (const ref of v.refs) byCourse.set(v.course, (byCourse.get(v.course) ?? new Set()).add(ref));
  const quoted = await Promise.all([...byCourse].map(async ([course, refs]) => [course, new Map((await getSourceQuotes([...refs], course)).map((q) => [q.ref, q]))] as const));
  const quotesOf = new Map(quoted);
  const out = new Map<string, FeedbackDTO>();
  for (const answer of answers) {
    const seen = versions.get(answer.questionVersionId);
    if (!seen) continue;
    // After a regrade: the question as the student saw it, graded with the corrected key and explained as corrected.
    const corrected = answer.regradedWithId ? versions.get(answer.regradedWithId) : undefined;
    const rekeyed = corrected && rekeyOnto(seen, corrected);
    const key = rekeyed ?? seen;
    const v = rekeyed ? corrected : seen;
    const grade = rekeyed ? gradeResponse(rekeyed, answer.response as AnyResponse) : (answer.grade ?? gradeResponse(seen, answer.response as AnyResponse));
    const sources = quotesForQuestion(v.refs, quotesOf.get(v.course) ?? new Map(), (v.content as { quotes?: Record<string, string> }).quotes);
    out.set(seen.id, { ...buildFeedback(key, grade, seen.points, v.explanation, sources), ...(rekeyed ? { regraded: true } : {}) });
  }
  return out;
}
