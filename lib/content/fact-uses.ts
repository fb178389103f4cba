import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { CURRENT_VERSION } from "@/lib/quiz/rows";
import { COURSE_SLUG } from "./citations";

export type FactUse = {
  sections: { lessonSlug: string; lessonTitle: string; key: string; heading: string }[];
  questions: { key: string; lessonSlug: string; lessonTitle: string; type: string; prompt: string }[];
};

/**
 * The lesson sections and the questions in use (their current version) that cite each fact, by
 * fact number: what a correction to the fact touches. Two queries, whatever the course's size.
 */
export async function getFactUses(db: Db = defaultDb): Promise<Map<number, FactUse>> {
  const where = { course: { slug: COURSE_SLUG } };
  const [sections, questions] = await Promise.all([
    db.lessonSection.findMany({
      where: { lesson: where },
      orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
      select: { key: true, heading: true, refs: true, lesson: { select: { slug: true, title: true } } },
    }),
    db.question.findMany({
      where: { lesson: where, retiredAt: null },
      orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
      select: {
        key: true,
        lesson: { select: { slug: true, title: true } },
        versions: { ...CURRENT_VERSION, select: { type: true, prompt: true, sourceRefs: { where: { ref: { startsWith: "fact:" } }, select: { ref: true } } } },
      },
    }),
  ]);

  const uses = new Map<number, FactUse>();
  const entryFor = (ref: string) => {
    const n = Number(ref.slice("fact:".length));
    if (!uses.has(n)) uses.set(n, { sections: [], questions: [] });
    return uses.get(n)!;
  };
  for (const s of sections)
    for (const ref of new Set((s.refs as string[]).filter((r) => r.startsWith("fact:"))))
      entryFor(ref).sections.push({ lessonSlug: s.lesson.slug, lessonTitle: s.lesson.title, key: s.key, heading: s.heading });
  for (const q of questions) {
    const v = q.versions[0];
    if (!v) continue;
    for (const { ref } of v.sourceRefs) entryFor(ref).questions.push({ key: q.key, lessonSlug: q.lesson.slug, lessonTitle: q.lesson.title, type: v.type, prompt: v.prompt });
  }
  return uses;
}
