import "server-only";
import { regradeQuestions, type RegradeReport } from "@/lib/attempts/regrade";
import { currentTime } from "@/lib/clock";
import { db, lockRow } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { questionHash, seedCourse, type SeedReport } from "@/lib/content/seed";
import { CURRENT_VERSION } from "@/lib/quiz/rows";
import { publishChecklist } from "./checks";
import { getDraft, type DraftView } from "./drafts";
import type { DraftContent } from "./edits";
import { courseFromDraft, courseSlugFor, withItemIds } from "./publish";

/** A question that publishing would give a new version although students have answered it. */
export type AnsweredChange = { key: string; lesson: number; question: number; prompt: string; answers: number };

export type PublishState = {
  /** The published course's address and when it was last published; null before the first time. */
  course: { slug: string; publishedAt: Date } | null;
  /** The questions students answered that publishing now would give a new version. */
  answered: AnsweredChange[];
};

const contentOf = ({ title, articleTitle, articleSource, articleDate, articleUrl, language, paragraphs, facts, lessons }: DraftView): DraftContent => ({
  title,
  articleTitle,
  articleSource,
  articleDate,
  articleUrl,
  language,
  paragraphs,
  facts,
  lessons,
});

async function publishedCourse(draftId: string) {
  return db.course.findUnique({ where: { draftId }, select: { slug: true, updatedAt: true } });
}

/** Whether the draft is published, and which answered questions publishing now would change. */
export async function publishState(userId: string, draftId: string): Promise<PublishState> {
  const draft = await getDraft(userId, draftId);
  const course = await publishedCourse(draftId);
  if (!course) return { course: null, answered: [] };
  const built = courseFromDraft(contentOf(draft), course.slug);
  const questions = built.lessons.flatMap((l, li) => l.questions.map((q) => ({ q, lesson: li + 1, question: draft.lessons[li]!.questions.findIndex((d) => `${course.slug}-${d.id}` === q.id) + 1 })));
  const stored = await db.question.findMany({
    where: { key: { in: questions.map(({ q }) => q.id) } },
    select: { key: true, versions: { ...CURRENT_VERSION, select: { contentHash: true } } },
  });
  const changed = questions.filter(({ q }) => {
    const latest = stored.find((s) => s.key === q.id)?.versions[0];
    return latest && latest.contentHash !== questionHash(q);
  });
  const counts = await Promise.all(changed.map(({ q }) => db.answer.count({ where: { questionVersion: { question: { key: q.id } }, attempt: { status: "SUBMITTED" } } })));
  return {
    course: { slug: course.slug, publishedAt: course.updatedAt },
    answered: changed.flatMap(({ q, lesson, question }, i) => (counts[i]! > 0 ? [{ key: q.id, lesson, question, prompt: q.prompt, answers: counts[i]! }] : [])),
  };
}

export type PublishOutcome = { slug: string; seeded: SeedReport; regrade: RegradeReport | null };

/**
 * Publishes the draft as a course, or publishes its changes: only a draft that passes the
 * checklist, and only as it was when the teacher looked at it (`revision`). The course is
 * seeded as the built-in one is: a changed question gets a new version and attempts keep the
 * version they showed. With `regrade`, every submitted answer to a changed question is graded
 * again with its corrected key (lib/attempts/regrade.ts).
 */
export async function publishDraft(userId: string, draftId: string, revision: number, regrade: boolean): Promise<PublishOutcome> {
  // Lessons and questions get their lasting ids first (drafts saved before ids existed), under the draft's lock.
  const draft = await db.$transaction(async (tx) => {
    const owned = await tx.courseDraft.findFirst({ where: { id: draftId, authors: { some: { userId } } }, select: { id: true } });
    if (!owned) throw new DomainError("not_found", "That draft does not exist.");
    await lockRow(tx, "CourseDraft", draftId);
    const current = await getDraft(userId, draftId);
    if (current.revision !== revision) throw new DomainError("conflict", "The draft changed since this page was loaded: check the list again, then publish.");
    const { draft: withIds, added } = withItemIds(contentOf(current));
    if (added) await tx.courseDraft.update({ where: { id: draftId }, data: { lessons: withIds.lessons } });
    return withIds;
  });
  const problems = publishChecklist(draft, "").reduce((n, item) => n + item.problems.length, 0);
  if (problems > 0) throw new DomainError("invalid", `The checklist still lists ${problems === 1 ? "1 problem" : `${problems} problems`}: fix ${problems === 1 ? "it" : "them"} first.`);

  const existing = await publishedCourse(draftId);
  const slug = existing?.slug ?? courseSlugFor(draft.title, draftId);
  const seeded = await seedCourse(db, courseFromDraft(draft, slug), { slug, title: draft.title, draftId, articleUrl: draft.articleUrl });
  const now = currentTime();
  const outcome = await db.$transaction(async (tx) => {
    await tx.courseDraft.update({ where: { id: draftId }, data: existing ? { republishedAt: now } : { publishedAt: now } });
    await tx.auditEvent.create({ data: { actorId: userId, action: existing ? "course.republished" : "course.published", targetId: draftId, detail: { slug, newVersions: seeded.newVersions, revised: seeded.revised, regrade } } });
    return regrade && seeded.revised.length ? regradeQuestions(tx, userId, seeded.revised) : null;
  });
  return { slug, seeded, regrade: outcome };
}
