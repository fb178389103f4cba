import "server-only";
import { db } from "@/lib/db";
import type { SourceRef } from "@/lib/content/schema";
import { toKeyedQuestion } from "@/lib/quiz/rows";
import type { StoredQuestion } from "@/lib/quiz/types";

/** A question version with its key, as only the server reads it. */
export type KeyedVersion = StoredQuestion & { id: string; points: number; explanation: string; refs: SourceRef[]; /** The slug of the course its references are in. */ course: string };

// A question version never changes once written (an edit writes a new version), so each
// process keeps the versions it has read: the save path reads its key from memory.
const MAX_CACHED = 10_000;
const cache = new Map<string, KeyedVersion>();

/** The keyed versions with these ids that exist. */
export async function getKeyedVersions(ids: string[]): Promise<Map<string, KeyedVersion>> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = await db.questionVersion.findMany({
      where: { id: { in: missing } },
      select: { id: true, type: true, content: true, answerKey: true, explanation: true, points: true, refs: true, question: { select: { lesson: { select: { course: { select: { slug: true } } } } } } },
    });
    if (cache.size + rows.length > MAX_CACHED) cache.clear();
    for (const r of rows) cache.set(r.id, { ...toKeyedQuestion(r), id: r.id, points: r.points, explanation: r.explanation, refs: r.refs as SourceRef[], course: r.question.lesson.course.slug });
  }
  return new Map(ids.flatMap((id) => (cache.has(id) ? [[id, cache.get(id)!] as const] : [])));
}
