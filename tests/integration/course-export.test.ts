// The course exported from the database in the YAML layout of content/ loads back as exactly the
// course it was seeded from, and importing it seeds the same rows: unchanged, it writes nothing.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { exportCourse, importCourse } from "@/lib/content/export";
import { getFactUses } from "@/lib/content/fact-uses";
import { ContentError, loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";

const content = path.join(process.cwd(), "content");
const course = loadCourse(content);
const exportDir = mkdtempSync(path.join(tmpdir(), "ihl-export-"));

/** Every row the course writes, without the generated ids and timestamps. */
async function courseRows() {
  const [courses, paragraphs, facts, lessons, objectives, sections, questions, versions, refs, quizzes] = await Promise.all([
    db.course.findMany({ select: { slug: true, title: true, articleTitle: true, articleDate: true, articleDisplayDate: true, articleSection: true, articleImageCredit: true, spellings: true, contentHash: true } }),
    db.articleParagraph.findMany({ orderBy: { number: "asc" }, select: { number: true, text: true, claims: true } }),
    db.fact.findMany({ orderBy: { number: "asc" }, select: { number: true, topic: true, status: true, asOf: true, text: true, caveat: true, authorNote: true, sources: true } }),
    db.lesson.findMany({ orderBy: { position: "asc" }, select: { slug: true, position: true, title: true, summary: true, minutes: true, keyTerms: true, version: true, contentHash: true } }),
    db.lessonObjective.findMany({ orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }], select: { lesson: { select: { slug: true } }, key: true, position: true, text: true } }),
    db.lessonSection.findMany({ orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }], select: { lesson: { select: { slug: true } }, key: true, position: true, heading: true, kind: true, body: true, refs: true } }),
    db.question.findMany({ orderBy: { key: "asc" }, select: { key: true, position: true, retiredAt: true, lesson: { select: { slug: true } } } }),
    db.questionVersion.findMany({
      orderBy: [{ question: { key: "asc" } }, { version: "asc" }],
      select: { question: { select: { key: true } }, version: true, type: true, objectiveKey: true, points: true, prompt: true, explanation: true, refs: true, contentHash: true, authored: true },
    }),
    db.questionSourceRef.findMany({ orderBy: [{ questionVersion: { question: { key: "asc" } } }, { ref: "asc" }], select: { ref: true, questionVersion: { select: { question: { select: { key: true } } } } } }),
    db.quiz.findMany({ orderBy: { slug: "asc" }, select: { slug: true, title: true, mode: true, feedbackPolicy: true, attemptsAllowed: true, timeLimitSec: true, scoringRule: true, lesson: { select: { slug: true } } } }),
  ]);
  return { courses, paragraphs, facts, lessons, objectives, sections, questions, versions, refs, quizzes };
}

let seeded: Awaited<ReturnType<typeof courseRows>>;

beforeAll(async () => {
  await seedCourse(db, course);
  seeded = await courseRows();
  await exportCourse(db, exportDir);
});

describe("exporting the course", () => {
  it("writes article.yaml, facts.yaml and one file per lesson, named as in content/", () => {
    expect(readdirSync(exportDir).sort()).toEqual(["article.yaml", "facts.yaml", "lessons"]);
    expect(readdirSync(path.join(exportDir, "lessons")).sort()).toEqual(readdirSync(path.join(content, "lessons")).filter((f) => f.endsWith(".yaml")).sort());
  });

  it("loads back as exactly the course in content/", () => {
    expect(loadCourse(exportDir)).toStrictEqual(course);
  });

  it("writes authored option ids, evidence and research notes, not the stored opaque ids", () => {
    const withdrawal = readFileSync(path.join(exportDir, "lessons", "02-withdrawal.yaml"), "utf8");
    expect(withdrawal).toMatch(/^ {6}- id: a$/m);
    expect(withdrawal).toContain("evidence:");
    expect(readFileSync(path.join(exportDir, "facts.yaml"), "utf8")).toContain("notice of such withdraw");
  });
});

describe("importing an export", () => {
  it("writes nothing when the course is unchanged", async () => {
    const report = await importCourse(db, exportDir);
    expect(report).toMatchObject({ changed: false, newVersions: 0, retired: 0 });
    expect(await courseRows()).toEqual(seeded);
  });

  it("seeds the same rows into a database without the course, and a second import writes no new version", async () => {
    await db.course.deleteMany();
    expect(await db.questionVersion.count()).toBe(0);
    const report = await importCourse(db, exportDir);
    expect(report).toMatchObject({ changed: true, newVersions: seeded.versions.length, retired: 0 });
    expect(await courseRows()).toEqual(seeded);

    await exportCourse(db, exportDir);
    expect(await importCourse(db, exportDir)).toMatchObject({ changed: false, newVersions: 0 });
    expect(await db.questionVersion.count()).toBe(seeded.versions.length);
  });

  it("reports a corrected fact with the sections and questions that rest on it", async () => {
    const corrected = mkdtempSync(path.join(tmpdir(), "ihl-corrected-export-"));
    await exportCourse(db, corrected);
    const factsFile = path.join(corrected, "facts.yaml");
    const facts = parse(readFileSync(factsFile, "utf8")) as { facts: { id: number; asOf: string }[] };
    const fact = facts.facts.find((f) => f.id === 15)!;
    const before = fact.asOf;
    fact.asOf = "2024-01-02";
    writeFileSync(factsFile, stringify(facts));
    const uses = (await getFactUses(db)).get(15)!;
    expect(uses.questions.length).toBeGreaterThan(0);

    const report = await importCourse(db, corrected);
    expect(report.corrections).toEqual([{ number: 15, fields: ["asOf"], ...uses }]);
    expect((await db.fact.findFirstOrThrow({ where: { number: 15 }, select: { asOf: true } })).asOf).toBe("2024-01-02");
    // Putting the date back is a correction too; an unchanged import reports none.
    expect((await importCourse(db, exportDir)).corrections).toEqual([{ number: 15, fields: ["asOf"], ...uses }]);
    expect((await db.fact.findFirstOrThrow({ where: { number: 15 }, select: { asOf: true } })).asOf).toBe(before);
    expect((await importCourse(db, exportDir)).corrections).toEqual([]);
  });

  it("rejects an invalid export with the content checks and writes nothing", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "ihl-bad-export-"));
    await exportCourse(db, bad);
    const factsFile = path.join(bad, "facts.yaml");
    writeFileSync(factsFile, readFileSync(factsFile, "utf8").replace('asOf: "2025-06-29"', 'asOf: "2099-06-29"'));
    await expect(importCourse(db, bad)).rejects.toThrow(ContentError);
    await expect(importCourse(db, bad)).rejects.toThrow(/fact:\d+ asOf: 2099-06-29 is after the content review date/);
    expect(await courseRows()).toEqual(seeded);
  });
});
