// Feedback quotes the part of a source each question rests on, whole, from the
// seeded course: the excerpt kept with the question, the whole fact in its
// markdown otherwise, the article's dateline for "article", and never a
// research note (stored apart, for the course export only).
import { beforeAll, describe, expect, it } from "vitest";
import { readImageCredit } from "@/lib/content/credit";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { toQuestionDTO } from "@/lib/quiz/present";
import { feedbackFor } from "@/lib/attempts/feedback";
import { responseFromKey, toKeyedQuestion } from "@/lib/quiz/rows";

const course = loadCourse();

beforeAll(async () => {
  await seedCourse(db, course);
});

const versionOf = (key: string) =>
  db.questionVersion.findFirstOrThrow({ where: { question: { key } }, orderBy: { version: "desc" }, select: { id: true, type: true, prompt: true, points: true, content: true } });

async function sourcesFor(key: string) {
  const v = await db.questionVersion.findFirstOrThrow({ where: { question: { key } }, orderBy: { version: "desc" }, select: { id: true, type: true, content: true, answerKey: true } });
  const feedback = (await feedbackFor([{ questionVersionId: v.id, response: responseFromKey(toKeyedQuestion(v)) }])).get(v.id)!;
  expect(feedback.correct).toBe(true);
  return feedback.sources;
}

describe("feedback quotes", () => {
  it("shows Article 20(3), whole, for the question on withdrawal during an armed conflict", async () => {
    const art20 = (await sourcesFor("wdr-art20-conflict")).find((s) => s.ref === "fact:15")!;
    expect(art20.excerpt).toBe(true);
    expect(art20.text).toContain("If, however, on the expiry of that six-month period, the withdrawing State Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict.");
    expect(art20.text).not.toMatch(/^- \(1\)/m);
    expect(art20.text).not.toMatch(/typo/i);
  });

  it("shows a short fact whole, with its list, when the question keeps no excerpt of it", async () => {
    const dates = (await sourcesFor("wdr-history-order")).find((s) => s.ref === "fact:22")!;
    expect(dates.excerpt).toBe(false);
    expect(dates.text).toBe(course.facts.find((f) => f.id === 22)!.text);
    expect(dates.text).toMatch(/^- signed 24 Feb 1999;$/m);
  });

  it("gives each quoted fact the day it was true or checked, and the article none", async () => {
    const sources = await sourcesFor("wdr-history-order");
    expect(sources.find((s) => s.ref === "fact:22")!.asOf).toBe(course.facts.find((f) => f.id === 22)!.asOf);
    for (const s of sources) expect(s.asOf === undefined).toBe(!s.ref.startsWith("fact:"));
  });

  it("quotes the article's title and dateline for the article itself", async () => {
    const article = (await sourcesFor("deb-article-predates")).find((s) => s.ref === "article")!;
    expect(article).toMatchObject({ label: "Article", href: "/article", excerpt: false });
    expect(article.text).toBe(`${course.article.title}\n\n08.07.2025 | War in Ukraine`);
  });

  it("never sends an excerpt with the question itself", async () => {
    const v = await versionOf("wdr-art20-conflict");
    expect((v.content as { quotes?: unknown }).quotes).toBeDefined();
    expect(JSON.stringify(toQuestionDTO(v, [], "withdrawal"))).not.toContain("six-month period");
  });

  it("keeps research notes out of what students read (stored apart, for the export only), and the image credit apart from our gloss", async () => {
    const fact15 = await db.fact.findFirstOrThrow({ where: { number: 15 }, select: { text: true, authorNote: true } });
    expect(fact15.text).not.toMatch(/typo/i);
    expect(fact15.authorNote).toMatch(/typos/);
    expect(JSON.stringify(await sourcesFor("wdr-art20-conflict"))).not.toMatch(/typo/i);
    const { articleImageCredit } = await db.course.findFirstOrThrow({ select: { articleImageCredit: true } });
    expect(readImageCredit(articleImageCredit)).toEqual({ original: "Снимка от Pexels", gloss: "Bulgarian for “Photo from Pexels”" });
  });
});
