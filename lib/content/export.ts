import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Document, isScalar, visit } from "yaml";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { CURRENT_VERSION } from "@/lib/quiz/rows";
import { readImageCredit } from "./credit";
import { factCorrections, type FactCorrection } from "./fact-review";
import { getFactUses, type FactUse } from "./fact-uses";
import { loadCourse } from "./load";
import { articleSchema, factSchema, lessonSchema, questionSchema, type Article, type Fact, type Lesson, type Question } from "./schema";
import { COURSE_SLUG } from "./citations";
import { seedCourse, type SeedReport } from "./seed";
import type { Course } from "./validate";

/**
 * The course as stored in the database, back in the YAML layout of `content/`
 * (article.yaml, facts.yaml, lessons/NN-<id>.yaml), and a directory in that
 * layout into the database. `loadCourse(exported)` equals `loadCourse()` of
 * the content the database was seeded from.
 */

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

/** Everything the export reads, in one query: the built-in course unless a slug is given. */
export function readCourseRows(db: Db, slug: string = COURSE_SLUG) {
  return db.course.findUnique({
    where: { slug },
    select: {
      articleTitle: true,
      articleDate: true,
      articleDisplayDate: true,
      articleSection: true,
      articleImageCredit: true,
      spellings: true,
      paragraphs: { orderBy: { number: "asc" }, select: { number: true, text: true, claims: true } },
      facts: { orderBy: { number: "asc" }, select: { number: true, topic: true, status: true, asOf: true, text: true, caveat: true, authorNote: true, sources: true } },
      lessons: {
        orderBy: { position: "asc" },
        select: {
          slug: true,
          position: true,
          title: true,
          summary: true,
          minutes: true,
          keyTerms: true,
          objectives: { orderBy: { position: "asc" }, select: { key: true, text: true } },
          sections: { orderBy: { position: "asc" }, select: { key: true, heading: true, kind: true, body: true } },
          questions: {
            where: { retiredAt: null },
            orderBy: { position: "asc" },
            select: { key: true, versions: { ...CURRENT_VERSION, select: { version: true, authored: true } } },
          },
        },
      },
    },
  });
}

export type CourseRows = NonNullable<Awaited<ReturnType<typeof readCourseRows>>>;

/** Keys in the order the files in content/ write them; any other key follows. */
const KEY_ORDER = [
  "id", "n", "type", "position", "title", "date", "displayDate", "section", "imageCredit", "imageCreditGloss",
  "topic", "status", "asOf", "summary", "minutes", "heading", "kind", "term", "prompt", "text", "left", "right",
  "options", "items", "pairs", "distractors", "statements", "answer", "accepted", "placeholder", "tolerance", "unit",
  "points", "article", "ukrainian", "caveat", "note", "definition", "body", "claims", "explanation", "refs", "evidence", "quotes", "objective",
  "objectives", "sections", "keyTerms", "questions", "paragraphs", "spellings", "sources", "facts",
];
const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);

/** A copy with object keys in the order of content/ (PostgreSQL's jsonb keeps its own order); record keys such as quotes' refs keep theirs. */
function ordered(value: unknown, sortKeys = true): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (sortKeys) entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v, k !== "quotes")]));
}

function parsed<T>(what: string, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { message: string } } }, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ExportError(`${what}: the stored form does not fit the content schema (${result.error.message})`);
  return result.data;
}

/**
 * A stored lesson, of any course: the lesson schema of content/ without its minimum counts, which
 * are editorial rules for content/ (a course a teacher published may have one section).
 */
const { objectives, sections, keyTerms, questions } = lessonSchema.shape;
const storedLessonSchema = lessonSchema.extend({
  objectives: z.array(objectives.element),
  sections: z.array(sections.element),
  keyTerms: z.array(keyTerms.element),
  questions: z.array(questions.element),
});

const refIndex = (q: Question, ref: string) => (q.refs.includes(ref) ? q.refs.indexOf(ref) : q.refs.length);

const reseed = "was seeded before the export existed: run `npm run seed` once, then export again";

/** Pure: the stored rows as the objects loadCourse() returns. */
export function courseFromRows(rows: CourseRows): Course {
  if (rows.articleDisplayDate == null) throw new ExportError(`the course ${reseed}`);
  const credit = readImageCredit(rows.articleImageCredit);
  const article: Article = parsed("article", articleSchema, {
    title: rows.articleTitle,
    date: rows.articleDate,
    displayDate: rows.articleDisplayDate,
    section: rows.articleSection,
    ...(credit ? { imageCredit: credit.original, ...(credit.gloss ? { imageCreditGloss: credit.gloss } : {}) } : {}),
    paragraphs: rows.paragraphs.map((p) => {
      if (p.claims == null) throw new ExportError(`article paragraph ${p.number} ${reseed}`);
      return { n: p.number, text: p.text, claims: p.claims };
    }),
    spellings: rows.spellings,
  });
  const facts: Fact[] = rows.facts.map((f) =>
    parsed(`fact:${f.number}`, factSchema, {
      id: f.number,
      topic: f.topic,
      status: f.status,
      asOf: f.asOf ?? undefined,
      text: f.text,
      caveat: f.caveat ?? undefined,
      note: f.authorNote ?? undefined,
      sources: f.sources,
    }),
  );
  const lessons: Lesson[] = rows.lessons
    // A lesson removed from the content keeps its rows (attempts point at them), but all its questions are retired.
    .filter((l) => l.questions.length > 0)
    .map((l) =>
      parsed(`lesson ${l.slug}`, storedLessonSchema, {
        id: l.slug,
        position: l.position,
        title: l.title,
        summary: l.summary,
        minutes: l.minutes,
        objectives: l.objectives.map((o) => ({ id: o.key, text: o.text })),
        sections: l.sections.map((s) => ({ id: s.key, heading: s.heading, kind: s.kind, body: s.body })),
        keyTerms: l.keyTerms,
        questions: l.questions.map((q): Question => {
          const authored = q.versions[0]?.authored;
          if (authored == null) throw new ExportError(`question ${q.key} ${reseed}`);
          const question = parsed(`question ${q.key}`, questionSchema, authored);
          // PostgreSQL's jsonb reorders a record's keys; content/ writes excerpts in the order of refs.
          if (question.quotes) question.quotes = Object.fromEntries(Object.entries(question.quotes).sort(([a], [b]) => refIndex(question, a) - refIndex(question, b)));
          return question;
        }),
      }),
    );
  return { article, facts, lessons };
}

const HEADER = "# Exported from the database by `npm run course:export`; the layout and schema of content/.\n";
/** YAML as content/ writes it: dates in quotes, so that a YAML 1.1 reader keeps them as text. */
function yaml(value: unknown): string {
  const doc = new Document(ordered(value));
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return HEADER + doc.toString({ lineWidth: 0 });
}

/** Pure: file path (relative to the export directory) → YAML text. */
export function courseFiles(course: Course): Map<string, string> {
  const files = new Map<string, string>();
  files.set("article.yaml", yaml(course.article));
  files.set("facts.yaml", yaml({ facts: course.facts }));
  for (const lesson of course.lessons) files.set(path.join("lessons", `${String(lesson.position).padStart(2, "0")}-${lesson.id}.yaml`), yaml(lesson));
  return files;
}

/** Writes the stored course into `dir` (its lessons/ is replaced). Returns the files written. */
export async function exportCourse(db: Db, dir: string, slug: string = COURSE_SLUG): Promise<string[]> {
  const rows = await readCourseRows(db, slug);
  if (!rows) throw new ExportError(slug === COURSE_SLUG ? "there is no course in the database: run `npm run seed` first" : `there is no course "${slug}": a published course's slug ends its address, /courses/<slug>`);
  const files = courseFiles(courseFromRows(rows));
  rmSync(path.join(dir, "lessons"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "lessons"), { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(dir, file), text);
  return [...files.keys()];
}

export type ImportReport = SeedReport & { corrections: (FactCorrection & FactUse)[] };

/**
 * Validates `dir` as `npm run check:content` does (throws ContentError) and seeds it. Reports
 * each stored fact the import corrects (its statement, status or date) with the sections and
 * questions that rested on it before the import: what the author checks next.
 */
export async function importCourse(db: Db, dir: string): Promise<ImportReport> {
  const course = loadCourse(dir);
  const stored = await db.fact.findMany({ where: { course: { slug: COURSE_SLUG } }, select: { number: true, text: true, status: true, asOf: true } });
  const corrections = factCorrections(stored, course.facts.map((f) => ({ number: f.id, text: f.text, status: f.status, asOf: f.asOf })));
  const uses = corrections.length ? await getFactUses(db) : new Map<number, FactUse>();
  const report = await seedCourse(db, course);
  return { ...report, corrections: corrections.map((c) => ({ ...c, ...(uses.get(c.number) ?? { sections: [], questions: [] }) })) };
}
