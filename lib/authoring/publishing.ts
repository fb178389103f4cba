import "server-only";
import { regradeQuestions, type RegradeReport } from "@/lib/attempts/regrade";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { questionHash, seedCourse, type SeedReport } from "@/lib/content/seed";
import { CURRENT_VERSION } from "@/lib/quiz/rows";
import { publishChecklist } from "./checks";
import { draftContent, lockDraft, type DraftView } from "./drafts";
import { courseFromDraft, courseSlugFor, withItemIds } from "./publish";

/** A question that publishing would give a new version although students have answered it. */
export type AnsweredChange = { key: string; lesson: number; question: number; prompt: string; answers: number };

/** The questions of a published draft that students answered and that publishing it now would give a new version. */
export async function answeredChanges(draft: DraftView): Promise<AnsweredChange[]> {
  if (!draft.course) return [];
  const { slug } = draft.course;
  const built = courseFromDraft(draftContent(draft), slug);
  const questions = built.lessons.flatMap((l, li) => l.questions.map((q) => ({ q, lesson: li + 1, question: draft.lessons[li]!.questions.findIndex((d) => `${slug}-${d.id}` === q.id) + 1 })));
  const stored = await db.question.findMany({
    where: { key: { in: questions.map(({ q }) => q.id) } },
    select: { key: true, versions: { ...CURRENT_VERSION, select: { contentHash: true } } },
  });
  const changed = questions.filter(({ q }) => {
    const latest = stored.find((s) => s.key === q.id)?.versions[0];
    return latest && latest.contentHash !== questionHash(q);
  });
  if (changed.length === 0) return [];
  // One query for every submitted answer to any version of the changed questions, counted here.
  const answers = await db.answer.findMany({
    where: { questionVersion: { question: { key: { in: changed.map(({ q }) => q.id) } } }, attempt: { status: "SUBMITTED" } },
    select: { questionVersion: { select: { question: { select: { key: true } } } } },
  });
  const counts = new Map<string, number>();
  for (const { questionVersion: v } of answers) counts.set(v.question.key, (counts.get(v.question.key) ?? 0) + 1);
  return changed.flatMap(({ q, lesson, question }) => (counts.get(q.id) ? [{ key: q.id, lesson, question, prompt: q.prompt, answers: counts.get(q.id)! }] : []));
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
  const { draft, slug, republished } = await db.$transaction(async (tx) => {
    const current = await lockDraft(tx, userId, draftId);
    if (current.revision !== revision) throw new DomainError("conflict", "The draft changed since this page was loaded: check the list again, then publish.");
    const { draft: withIds, added } = withItemIds(draftContent(current));
    if (added) await tx.courseDraft.update({ where: { id: draftId }, data: { lessons: withIds.lessons } });
    return { draft: withIds, slug: current.course?.slug ?? courseSlugFor(current.title, draftId), republished: current.course !== null };
  });
  const problems = publishChecklist(draft, "").reduce((n, item) => n + item.problems.length, 0);
  if (problems > 0) throw new DomainError("invalid", `The checklist still lists ${problems === 1 ? "1 problem" : `${problems} problems`}: fix ${problems === 1 ? "it" : "them"} first.`);

  const seeded = await seedCourse(db, courseFromDraft(draft, slug), { slug, title: draft.title, draftId, articleUrl: draft.articleUrl });
  const outcome = await db.$transaction(async (tx) => {
    await tx.auditEvent.create({ data: { actorId: userId, action: republished ? "course.republished" : "course.published", targetId: draftId, detail: { slug, newVersions: seeded.newVersions, revised: seeded.revised, regrade } } });
    return regrade && seeded.revised.length ? regradeQuestions(tx, userId, seeded.revised) : null;
  });
  return { slug, seeded, regrade: outcome };
}
