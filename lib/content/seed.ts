import { createHash, randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { currentTime } from "@/lib/clock";
import { lockName, type Db, type Tx } from "@/lib/db";
import { toStoredQuestion } from "@/lib/content/stored-question";
import { CURRENT_VERSION } from "@/lib/quiz/rows";
import { quizSlug } from "./quiz-slugs";
import { citedRefs, COURSE_SLUG } from "./citations";
import { storedImageCredit } from "./credit";
import type { Question } from "./schema";
import type { Course } from "./validate";

/** Bump when seeding itself changes (for example a new quiz per lesson), so unchanged content is seeded again once. */
const SEED_FORMAT = 3;

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
const opaqueId = () => randomBytes(6).toString("hex");


export type SeedReport = {
  changed: boolean;
  lessons: number;
  questions: number;
  newVersions: number;
  retired: number;
  /** The keys of the questions that had a version and got a new one: those that students may have answered. */
  revised: string[];
};

/** Which course the content is: the built-in one, or one a teacher published from a draft. */
export type CourseMeta = { slug: string; title: string; draftId?: string; articleUrl?: string };
export const BUILT_IN: CourseMeta = { slug: COURSE_SLUG, title: "Ukraine, landmines and the Ottawa Convention" };

/**
 * Writes the course into the database. Idempotent: an unchanged course writes
 * nothing. A question whose text, choices, key or references changed gets a
 * new version; attempts keep pointing at the version they showed.
 */
export async function seedCourse(db: Db, course: Course, meta: CourseMeta = BUILT_IN): Promise<SeedReport> {
  const { slug } = meta;
  // The built-in course's hash predates `meta`: leaving it out keeps a seeded database unchanged.
  const courseHash = hashOf(meta === BUILT_IN ? { format: SEED_FORMAT, course } : { format: SEED_FORMAT, course, meta });
  const questionCount = course.lessons.reduce((n, l) => n + l.questions.length, 0);
  const existing = await db.course.findUnique({ where: { slug }, select: { contentHash: true } });
  const unchanged = { changed: false, lessons: course.lessons.length, questions: questionCount, newVersions: 0, retired: 0, revised: [] };
  if (existing?.contentHash === courseHash) return unchanged;

  return db.$transaction(
    async (tx) => {
      // Several instances may start at once: one seeds, the others wait and then find the course up to date.
      await lockName(tx, "seed");
      const current = await tx.course.findUnique({ where: { slug }, select: { contentHash: true } });
      if (current?.contentHash === courseHash) return unchanged;
      const { article } = course;
      const courseFields = {
        title: meta.title,
        draftId: meta.draftId ?? null,
        articleUrl: meta.articleUrl ?? null,
        articleTitle: article.title,
        articleDate: article.date,
        articleDisplayDate: article.displayDate,
        articleSection: article.section,
        articleImageCredit: storedImageCredit(article.imageCredit, article.imageCreditGloss),
        spellings: article.spellings,
        contentHash: courseHash,
      };
      const { id: courseId } = await tx.course.upsert({
        where: { slug },
        create: { slug, ...courseFields },
        update: courseFields,
        select: { id: true },
      });

      // A corrected paragraph keeps the text it replaced, shown under it on the article page.
      const before = new Map((await tx.articleParagraph.findMany({ where: { courseId }, select: { number: true, text: true } })).map((p) => [p.number, p.text]));
      const corrected = article.paragraphs.filter((p) => before.has(p.n) && before.get(p.n) !== p.text);
      if (corrected.length) await tx.paragraphCorrection.createMany({ data: corrected.map((p) => ({ courseId, number: p.n, before: before.get(p.n)!, after: p.text })) });
      for (const p of article.paragraphs)
        await tx.articleParagraph.upsert({
          where: { courseId_number: { courseId, number: p.n } },
          create: { courseId, number: p.n, text: p.text, claims: p.claims },
          update: { text: p.text, claims: p.claims },
        });
      await tx.articleParagraph.deleteMany({ where: { courseId, number: { gt: article.paragraphs.length } } });

      // A fact's research note (f.note) is for authors: stored apart (authorNote), for the export only, never shown.
      for (const f of course.facts) {
        const fields = { topic: f.topic, status: f.status, asOf: f.asOf, text: f.text, caveat: f.caveat ?? null, sources: f.sources, authorNote: f.note ?? null };
        await tx.fact.upsert({
          where: { courseId_number: { courseId, number: f.id } },
          create: { courseId, number: f.id, ...fields },
          update: fields,
        });
      }
      await tx.fact.deleteMany({ where: { courseId, number: { gt: course.facts.length } } });

      let newVersions = 0;
      const revised: string[] = [];
      const liveKeys: string[] = [];
      for (const lesson of course.lessons) {
        const { questions, ...lessonContent } = lesson;
        const lessonHash = hashOf(lessonContent);
        const fields = { courseId, position: lesson.position, title: lesson.title, summary: lesson.summary, minutes: lesson.minutes, keyTerms: lesson.keyTerms };
        const found = await tx.lesson.findUnique({ where: { slug: lesson.id }, select: { id: true, version: true, contentHash: true } });
        const lessonId = found
          ? (
              await tx.lesson.update({
                where: { id: found.id },
                data: { ...fields, ...(found.contentHash === lessonHash ? {} : { contentHash: lessonHash, version: found.version + 1 }) },
                select: { id: true },
              })
            ).id
          : (await tx.lesson.create({ data: { slug: lesson.id, contentHash: lessonHash, ...fields }, select: { id: true } })).id;

        if (found?.contentHash !== lessonHash) {
          await tx.lessonSection.deleteMany({ where: { lessonId } });
          await tx.lessonSection.createMany({
            data: lesson.sections.map((s, i) => ({ lessonId, key: s.id, position: i + 1, heading: s.heading, kind: s.kind, body: s.body, refs: citedRefs(s.body) })),
          });
          for (const [i, o] of lesson.objectives.entries())
            await tx.lessonObjective.upsert({
              where: { lessonId_key: { lessonId, key: o.id } },
              create: { lessonId, key: o.id, position: i + 1, text: o.text },
              update: { position: i + 1, text: o.text },
            });
          await tx.lessonObjective.deleteMany({ where: { lessonId, key: { notIn: lesson.objectives.map((o) => o.id) } } });
        }

        for (const [i, q] of questions.entries()) {
          liveKeys.push(q.id);
          const written = await upsertQuestion(tx, lessonId, i + 1, q);
          if (written) newVersions++;
          if (written === "revised") revised.push(q.id);
        }

        for (const quiz of lessonQuizzes(lesson.id, lesson.title))
          await tx.quiz.upsert({ where: { slug: quiz.slug }, create: { lessonId, ...quiz }, update: { title: quiz.title } });
      }

      const { count: retired } = await tx.question.updateMany({
        where: { key: { notIn: liveKeys }, retiredAt: null, lesson: { courseId } },
        data: { retiredAt: currentTime() },
      });
      return { changed: true, lessons: course.lessons.length, questions: questionCount, newVersions, retired, revised };
    },
    { timeout: 60_000 },
  );
}

/**
 * Each lesson has a practice quiz (feedback after each question, unlimited
 * tries) and an assessed lesson check (every question of the bank, 30
 * minutes, 3 attempts, best counts, feedback after submitting). A teacher's
 * assignment can set its own policy on top.
 */
export function lessonQuizzes(lessonSlug: string, title: string) {
  return [
    { slug: quizSlug(lessonSlug, "practice"), title: `Practice: ${title}`, mode: "PRACTICE", feedbackPolicy: "AFTER_EACH" },
    {
      slug: quizSlug(lessonSlug, "check"),
      title: `Check: ${title}`,
      mode: "ASSESSED",
      feedbackPolicy: "AFTER_SUBMIT",
      attemptsAllowed: 3,
      timeLimitSec: 30 * 60,
      scoringRule: "BEST",
    },
  ] as const;
}

/** What decides whether a question needs a new version. `evidence` only feeds the content checks. */
export const questionHash = (q: Question) => hashOf({ ...q, evidence: undefined });

/** Whether it wrote a version: "new" for a new question's first, "revised" for one that had a version; false for none. */
async function upsertQuestion(tx: Tx, lessonId: string, position: number, q: Question): Promise<"new" | "revised" | false> {
  const question = await tx.question.upsert({
    where: { key: q.id },
    create: { key: q.id, lessonId, position },
    update: { lessonId, position, retiredAt: null },
    select: { id: true, versions: { ...CURRENT_VERSION, select: { id: true, version: true, contentHash: true, authored: true } } },
  });
  // `evidence` only feeds the content checks; students never see it, so a change to it alone
  // makes no new version (which would put every student's review of the question due again).
  const contentHash = questionHash(q);
  const latest = question.versions[0];
  if (latest?.contentHash === contentHash) {
    // Same version; its authored form may still differ in evidence (or predate the column).
    if (!isDeepStrictEqual(latest.authored, JSON.parse(JSON.stringify(q)))) await tx.questionVersion.update({ where: { id: latest.id }, data: { authored: q } });
    return false;
  }

  const stored = toStoredQuestion(q, opaqueId);
  await tx.questionVersion.create({
    data: {
      questionId: question.id,
      version: (latest?.version ?? 0) + 1,
      type: q.type,
      objectiveKey: q.objective,
      points: q.points,
      prompt: q.prompt,
      // Excerpts that feedback quotes instead of a whole source. Never shown before feedback:
      // toQuestionDTO copies only the choices out of content.
      content: q.quotes ? { ...stored.content, quotes: q.quotes } : stored.content,
      answerKey: stored.answerKey,
      explanation: q.explanation,
      refs: q.refs,
      contentHash,
      authored: q,
      sourceRefs: { create: q.refs.map((ref) => ({ ref })) },
    },
  });
  return latest ? "revised" : "new";
}
