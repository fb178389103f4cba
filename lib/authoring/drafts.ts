import "server-only";
import { isTeacher } from "@/lib/auth/roles";
import { db, lockRow, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { currentTime } from "@/lib/clock";
import { formatDateTime, formatNumber } from "@/lib/format";
import { applyEdit, describeEdit, staleSaveMessage, type DraftContent } from "./edits";
import { importGift, type GiftImport } from "@/lib/content/gift";
import { numberParagraphs, PARAGRAPH_LIMIT } from "./paragraphs";
import { draftFromAuthored } from "./questions";
import type { CreateDraftInput, DraftEdit } from "./schemas";

const draftSelect = {
  id: true,
  title: true,
  articleTitle: true,
  articleSource: true,
  articleDate: true,
  articleUrl: true,
  language: true,
  paragraphs: true,
  facts: true,
  lessons: true,
  revision: true,
  updatedAt: true,
  sharedAt: true,
  course: { select: { slug: true } },
  copiedFromTitle: true,
  authors: { orderBy: { addedAt: "asc" as const }, select: { user: { select: { id: true, name: true, email: true } } } },
  changes: { orderBy: { revision: "desc" as const }, take: 8, select: { revision: true, summary: true, at: true, user: { select: { name: true } } } },
};

/** A draft as its authors' editor shows it. */
export type DraftView = DraftContent & {
  id: string;
  revision: number;
  updatedAt: Date;
  /** When it was shared with every teacher of the instance; null while it is its authors' alone. */
  sharedAt: Date | null;
  /** The course it is published as; null while it is a draft only. */
  course: { slug: string } | null;
  copiedFromTitle: string | null;
  authors: { id: string; name: string; email: string }[];
  /** The latest saved edits, newest first. */
  changes: { revision: number; summary: string; by: string | null; at: Date }[];
};

type DraftRow = { paragraphs: unknown; facts: unknown; lessons: unknown; authors: { user: { id: string; name: string; email: string } }[]; changes: { revision: number; summary: string; at: Date; user: { name: string } | null }[] };

function toView<R extends DraftRow>(row: R): DraftView {
  const { authors, changes, paragraphs, facts, lessons, ...rest } = row as R & Omit<DraftView, "authors" | "changes" | "paragraphs" | "facts" | "lessons">;
  return {
    ...rest,
    paragraphs: paragraphs as string[],
    facts: facts as DraftView["facts"],
    // Lessons saved before questions and key terms existed have none.
    lessons: (lessons as DraftView["lessons"]).map((l) => ({ ...l, keyTerms: l.keyTerms ?? "", questions: l.questions ?? [] })),
    authors: authors.map((a) => a.user),
    changes: changes.map((c) => ({ revision: c.revision, summary: c.summary, at: c.at, by: c.user?.name ?? null })),
  };
}

/** Where-clause for the drafts `userId` writes. */
const authoredBy = (userId: string) => ({ authors: { some: { userId } } });

async function assertTeacherAccount(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || !isTeacher(user)) throw new DomainError("not_found", "Only teachers write courses.");
}

/** A new draft from a pasted article: its paragraphs numbered, the teacher its first author. */
export async function createDraft(userId: string, input: CreateDraftInput): Promise<{ id: string; paragraphs: number }> {
  await assertTeacherAccount(userId);
  const { text, ...details } = input;
  const paragraphs = numberParagraphs(text);
  if (paragraphs.length === 0) throw new DomainError("invalid", "Paste the article's text: its paragraphs become ¶1, ¶2 and so on.", "text");
  const long = paragraphs.findIndex((p) => p.length > PARAGRAPH_LIMIT);
  if (long >= 0) throw new DomainError("invalid", `¶${long + 1} is longer than ${formatNumber(PARAGRAPH_LIMIT)} characters: leave a blank line between the article's paragraphs.`, "text");
  const draft = await db.courseDraft.create({
    data: {
      ...details,
      paragraphs,
      facts: [],
      lessons: [],
      authors: { create: { userId } },
      changes: { create: { revision: 1, userId, summary: `created the draft from the article, in ${paragraphs.length} paragraphs` } },
    },
    select: { id: true },
  });
  return { id: draft.id, paragraphs: paragraphs.length };
}

/** The drafts `userId` writes, the latest edited first. */
export async function listDrafts(userId: string) {
  const rows = await db.courseDraft.findMany({ where: authoredBy(userId), orderBy: { updatedAt: "desc" }, select: draftSelect });
  return rows.map(toView);
}

/** One draft, only for its authors: anyone else is told it does not exist. */
export async function getDraft(userId: string, draftId: string): Promise<DraftView> {
  const row = await db.courseDraft.findFirst({ where: { id: draftId, ...authoredBy(userId) }, select: draftSelect });
  if (!row) throw new DomainError("not_found", "That draft does not exist.");
  return toView(row);
}

/** What an edit changes and publishing reads: the draft without its bookkeeping. */
export function draftContent({ title, articleTitle, articleSource, articleDate, articleUrl, language, paragraphs, facts, lessons }: DraftView): DraftContent {
  return { title, articleTitle, articleSource, articleDate, articleUrl, language, paragraphs, facts, lessons };
}

/** In `tx`: locks the draft's row for one of its authors; anyone else is told it does not exist. */
async function lockAuthorsDraft(tx: Tx, userId: string, draftId: string): Promise<void> {
  const owned = await tx.courseDraft.findFirst({ where: { id: draftId, ...authoredBy(userId) }, select: { id: true } });
  if (!owned) throw new DomainError("not_found", "That draft does not exist.");
  await lockRow(tx, "CourseDraft", draftId);
}

/**
 * In `tx`: the draft, for one of its authors, with its row locked so that its writes run one at
 * a time (an edit, a publish). Anyone else is told it does not exist.
 */
export async function lockDraft(tx: Tx, userId: string, draftId: string): Promise<DraftView> {
  await lockAuthorsDraft(tx, userId, draftId);
  return toView(await tx.courseDraft.findUniqueOrThrow({ where: { id: draftId }, select: draftSelect }));
}

export type EditOutcome = { saved: true; draft: DraftView } | { saved: false; message: string; draft: DraftView };

/**
 * Saves one edit made on `revision`. Edits of one draft run one at a time (the row is locked);
 * an edit made on a revision older than the draft's is refused, with what changed since, and
 * the draft as it now is. A co-author's work is never overwritten silently.
 */
export async function saveDraftEdit(userId: string, draftId: string, revision: number, edit: DraftEdit): Promise<EditOutcome> {
  return db.$transaction(async (tx) => {
    const current = await lockDraft(tx, userId, draftId);
    if (current.revision !== revision) {
      const since = await tx.courseDraftChange.findMany({ where: { draftId, revision: { gt: revision } }, orderBy: { revision: "asc" }, select: { summary: true, at: true, user: { select: { name: true } } } });
      const message = staleSaveMessage(since.map((c) => ({ summary: c.summary, at: c.at, by: c.user?.name ?? null })), describeEdit(edit), formatDateTime);
      return { saved: false, message, draft: current };
    }
    const { summary, next } = applyEdit(draftContent(current), edit, { published: current.course !== null });
    // The change first, so that the draft read back with the update lists it.
    await tx.courseDraftChange.create({ data: { draftId, revision: revision + 1, userId, summary } });
    const saved = await tx.courseDraft.update({ where: { id: draftId }, data: { ...next, revision: revision + 1 }, select: draftSelect });
    return { saved: true, draft: toView(saved) };
  });
}

/** Adds a teacher as a co-author of the draft. */
export async function addDraftAuthor(userId: string, draftId: string, email: string): Promise<void> {
  await getDraft(userId, draftId);
  const other = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!other || !isTeacher(other)) throw new DomainError("invalid", "There is no teacher account with that email.", "email");
  await db.courseDraftAuthor.upsert({ where: { draftId_userId: { draftId, userId: other.id } }, create: { draftId, userId: other.id }, update: {} });
}

export type GiftReport = { imported: number; skipped: { question: string; reason: string }[]; notes: { question: string; reason: string }[] };

/**
 * Imports the questions of a GIFT file (Moodle's format) into a lesson, as one edit. What has no
 * place here (an essay, a description, answer weights, tags) is reported, never dropped silently.
 */
export async function importGiftQuestions(userId: string, draftId: string, revision: number, lessonNumber: number, gift: string): Promise<EditOutcome & { report: GiftReport }> {
  const draft = await getDraft(userId, draftId);
  const lesson = draft.lessons[lessonNumber - 1];
  if (!lesson) throw new DomainError("invalid", `There is no lesson ${lessonNumber}.`);
  let parsed: GiftImport;
  try {
    parsed = importGift(gift);
  } catch (error) {
    const where = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
    throw new DomainError("invalid", `That is not GIFT${where ? ` (line ${where.line}, column ${where.column})` : ""}: ${(error as Error).message}`, "gift");
  }
  const report = { imported: parsed.drafts.length, skipped: parsed.skipped, notes: parsed.notes };
  if (parsed.drafts.length === 0) return { saved: false, message: "No question in the paste could be imported: see why below.", draft, report };
  const questions = parsed.drafts.map((d) => draftFromAuthored(d, lesson.objectives));
  const outcome = await saveDraftEdit(userId, draftId, revision, { kind: "addQuestions", lesson: lessonNumber, source: "GIFT", questions });
  return { ...outcome, report: outcome.saved ? report : { ...report, imported: 0 } };
}

/** Shares the draft with every teacher of the instance, who may then copy it; or takes it back. */
export async function setDraftShared(userId: string, draftId: string, shared: boolean): Promise<DraftView> {
  await getDraft(userId, draftId);
  await db.courseDraft.update({ where: { id: draftId }, data: { sharedAt: shared ? currentTime() : null } });
  return getDraft(userId, draftId);
}

/** The drafts other teachers share with every teacher, for `userId` to copy: the latest shared first. */
export async function listSharedDrafts(userId: string) {
  const rows = await db.courseDraft.findMany({
    where: { sharedAt: { not: null }, authors: { none: { userId } } },
    orderBy: { sharedAt: "desc" },
    select: { id: true, title: true, articleTitle: true, articleSource: true, articleDate: true, paragraphs: true, lessons: true, sharedAt: true, authors: { orderBy: { addedAt: "asc" }, select: { user: { select: { name: true } } } } },
  });
  return rows.map((r) => {
    const lessons = r.lessons as DraftView["lessons"];
    return {
      id: r.id,
      title: r.title,
      articleTitle: r.articleTitle,
      articleSource: r.articleSource,
      articleDate: r.articleDate,
      sharedAt: r.sharedAt!,
      paragraphs: (r.paragraphs as string[]).length,
      lessons: lessons.length,
      questions: lessons.reduce((n, l) => n + (l.questions?.length ?? 0), 0),
      authors: r.authors.map((a) => a.user.name),
    };
  });
}

/**
 * A new draft of `userId`'s with everything the draft holds (article, facts, lessons, questions),
 * to adapt: from a draft they write, or one shared with every teacher. Its history starts afresh.
 */
export async function copyDraft(userId: string, draftId: string): Promise<{ id: string }> {
  await assertTeacherAccount(userId);
  const source = await db.courseDraft.findFirst({
    where: { id: draftId, OR: [authoredBy(userId), { sharedAt: { not: null } }] },
    select: { id: true, title: true, articleTitle: true, articleSource: true, articleDate: true, articleUrl: true, language: true, paragraphs: true, facts: true, lessons: true },
  });
  if (!source) throw new DomainError("not_found", "That draft does not exist.");
  const { id, ...content } = source;
  const copy = await db.courseDraft.create({
    data: {
      ...content,
      paragraphs: content.paragraphs as string[],
      facts: content.facts as object[],
      lessons: content.lessons as object[],
      copiedFromId: id,
      copiedFromTitle: source.title,
      authors: { create: { userId } },
      changes: { create: { revision: 1, userId, summary: `copied the draft “${source.title}”` } },
    },
    select: { id: true },
  });
  return copy;
}

/** Deletes a draft for all its authors; copies made from it stay. Returns its title. */
export async function deleteDraft(userId: string, draftId: string): Promise<{ title: string }> {
  const draft = await getDraft(userId, draftId);
  if (draft.course) throw new DomainError("conflict", "This draft is published as a course that classes may be using, so it stays.");
  await db.courseDraft.delete({ where: { id: draftId } });
  return { title: draft.title };
}

/**
 * Removes an author from a draft: a co-author, or `userId` themselves (leaving it). The last
 * author cannot go: a draft always has one, who can delete it instead.
 */
export async function removeDraftAuthor(userId: string, draftId: string, authorId: string): Promise<{ left: boolean }> {
  return db.$transaction(async (tx) => {
    await lockAuthorsDraft(tx, userId, draftId);
    const authors = await tx.courseDraftAuthor.findMany({ where: { draftId }, select: { userId: true } });
    if (!authors.some((a) => a.userId === authorId)) throw new DomainError("invalid", "That teacher is not an author of this draft.");
    if (authors.length === 1) throw new DomainError("invalid", "A draft keeps at least one author: delete the draft instead.");
    await tx.courseDraftAuthor.delete({ where: { draftId_userId: { draftId, userId: authorId } } });
    return { left: authorId === userId };
  });
}
