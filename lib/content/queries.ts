import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SourceQuote } from "@/lib/quiz/dto";
import { articleDateline, COURSE_SLUG, coursePath, parseRef, refHref, refLabel } from "./citations";
import { readableBy } from "./access";
import { shownQuote } from "./quotes";
import type { SourceRef } from "./schema";

/** A course with its article and lessons: the built-in one unless a slug is given. */
export const getCourse = cache(async (slug: string = COURSE_SLUG) =>
  db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      draftId: true,
      articleUrl: true,
      title: true,
      articleTitle: true,
      articleDate: true,
      articleSection: true,
      articleImageCredit: true,
      spellings: true,
      paragraphs: { orderBy: { number: "asc" }, select: { number: true, text: true } },
      corrections: { orderBy: { correctedAt: "asc" }, select: { number: true, before: true, correctedAt: true } },
      lessons: {
        orderBy: { position: "asc" },
        select: { slug: true, position: true, title: true, summary: true, minutes: true, _count: { select: { questions: { where: { retiredAt: null } } } } },
      },
    },
  }),
);

export const getFacts = cache(async (courseSlug: string = COURSE_SLUG) =>
  db.fact.findMany({
    where: { course: { slug: courseSlug } },
    orderBy: { number: "asc" },
    select: { number: true, topic: true, status: true, asOf: true, text: true, caveat: true, sources: true },
  }),
);

export const getLesson = cache(async (slug: string) =>
  db.lesson.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      position: true,
      title: true,
      summary: true,
      minutes: true,
      keyTerms: true,
      version: true,
      objectives: { orderBy: { position: "asc" }, select: { key: true, text: true } },
      sections: { orderBy: { position: "asc" }, select: { key: true, heading: true, kind: true, body: true } },
      quizzes: { where: { mode: "PRACTICE" }, select: { slug: true }, take: 1 },
      course: { select: { id: true, slug: true, title: true, lessons: { orderBy: { position: "asc" }, select: { slug: true, title: true, position: true } } } },
    },
  }),
);

/**
 * The whole text behind each reference of one course, for citations and feedback: a
 * paragraph, a fact (in its light markdown, lists included; never a fact's
 * research note), with a fact's asOf date, or for `article` the article's title and dateline.
 */
export async function getSourceQuotes(refs: SourceRef[], courseSlug: string = COURSE_SLUG): Promise<SourceQuote[]> {
  const parsed = refs.map((ref) => ({ ref, ...parseRef(ref) }));
  const paragraphNumbers = parsed.flatMap((p) => (p.kind === "paragraph" ? [p.n] : []));
  const factNumbers = parsed.flatMap((p) => (p.kind === "fact" ? [p.id] : []));
  const where = { course: { slug: courseSlug } };
  const [paragraphs, facts, course] = await Promise.all([
    paragraphNumbers.length ? db.articleParagraph.findMany({ where: { ...where, number: { in: paragraphNumbers } }, select: { number: true, text: true } }) : [],
    factNumbers.length ? db.fact.findMany({ where: { ...where, number: { in: factNumbers } }, select: { number: true, text: true, asOf: true } }) : [],
    refs.includes("article") ? db.course.findUnique({ where: { slug: courseSlug }, select: { articleTitle: true, articleDate: true, articleSection: true } }) : null,
  ]);
  const text = new Map<string, string>([...paragraphs.map((p) => [`p${p.number}`, p.text] as const), ...facts.map((f) => [`fact:${f.number}`, f.text] as const)]);
  if (course) text.set("article", articleDateline({ title: course.articleTitle, date: course.articleDate, section: course.articleSection }));
  const asOf = new Map<string, string>(facts.flatMap((f) => (f.asOf ? [[`fact:${f.number}`, f.asOf]] : [])));
  return refs
    .filter((r) => text.has(r))
    .map((ref) => ({ ref, label: refLabel(ref), href: refHref(ref, coursePath(courseSlug)), text: text.get(ref)!, ...(asOf.has(ref) ? { asOf: asOf.get(ref) } : {}) }));
}

/**
 * What feedback quotes for one question: for each reference, the question's
 * excerpt of it (kept whole) if it has one, else the whole source. The same
 * rule as feedbackQuotes in validate.ts, which checks that every quote holds
 * the words the key rests on.
 */
export function quotesForQuestion(refs: SourceRef[], sources: Map<string, SourceQuote>, excerpts: Record<string, string> = {}): SourceQuote[] {
  return refs.flatMap((ref) => {
    const source = sources.get(ref);
    return source ? [{ ...source, ...shownQuote(source.text, excerpts[ref]) }] : [];
  });
}

/** The courses teachers published that `user` may read (lib/content/access.ts), newest first. */
export async function getPublishedCourses(user: { id: string; role: "STUDENT" | "TEACHER" | "ADMIN" } | null) {
  if (!user) return [];
  return db.course.findMany({
    where: { AND: [{ draftId: { not: null } }, readableBy(user)] },
    orderBy: { updatedAt: "desc" },
    select: { slug: true, title: true, articleTitle: true, articleSection: true, articleDate: true, _count: { select: { lessons: true } } },
  });
}
