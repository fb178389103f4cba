import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoAccounts } from "@/lib/auth/demo";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { loadCourse } from "@/lib/content/load";
import { quizSlug } from "@/lib/content/quiz-slugs";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { startAttempt } from "@/lib/attempts/start";

const course = loadCourse();
const questionCount = course.lessons.reduce((n, l) => n + l.questions.length, 0);

beforeAll(async () => {
  await seedCourse(db, course);
});

describe("seeding the course", () => {
  it("writes every lesson, section, paragraph, fact and question", async () => {
    expect(await db.lesson.count()).toBe(course.lessons.length);
    expect(await db.articleParagraph.count()).toBe(course.article.paragraphs.length);
    expect(await db.fact.count()).toBe(course.facts.length);
    expect(await db.question.count()).toBe(questionCount);
    expect(await db.questionVersion.count()).toBe(questionCount);
    expect(await db.quiz.count()).toBe(course.lessons.length * 2);
    const refs = await db.questionSourceRef.count();
    expect(refs).toBe(course.lessons.flatMap((l) => l.questions).reduce((n, q) => n + q.refs.length, 0));
  });

  it("is idempotent: seeding the same course again writes nothing", async () => {
    const report = await seedCourse(db, course);
    expect(report.changed).toBe(false);
    expect(await db.questionVersion.count()).toBe(questionCount);
  });

  it("gives a changed question a new version, and an attempt keeps the version it showed", async () => {
    const student = await db.user.create({ data: { email: "v@example.test", name: "V", passwordHash: "x" } });
    const lesson = course.lessons[0]!;
    const attemptId = await startAttempt(student.id, quizSlug(lesson.id, "practice"));
    const key = lesson.questions[0]!.id;
    const shownBefore = await db.attemptQuestion.findFirstOrThrow({ where: { attemptId, questionVersion: { question: { key } } }, select: { questionVersionId: true } });

    const edited = structuredClone(course);
    edited.lessons[0]!.questions[0]!.prompt += " (edited)";
    const report = await seedCourse(db, edited);
    expect(report).toMatchObject({ changed: true, newVersions: 1, retired: 0 });

    const versions = await db.questionVersion.findMany({ where: { question: { key } }, orderBy: { version: "asc" }, select: { id: true, version: true, prompt: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.prompt).toMatch(/\(edited\)$/);
    const shownAfter = await db.attemptQuestion.findFirstOrThrow({ where: { attemptId, questionVersion: { question: { key } } }, select: { questionVersionId: true } });
    expect(shownAfter.questionVersionId).toBe(shownBefore.questionVersionId);
    expect(shownAfter.questionVersionId).toBe(versions[0]!.id);
  });

  it("makes no new version when only a question's evidence changes, since students never see it", async () => {
    await seedCourse(db, course);
    const edited = structuredClone(course);
    edited.lessons[2]!.questions[0]!.evidence = [...(edited.lessons[2]!.questions[0]!.evidence ?? []), "Reuters"];
    const report = await seedCourse(db, edited);
    expect(report).toMatchObject({ changed: true, newVersions: 0 });
    // The version's authored form (for the course export) takes the new evidence in place.
    const authored = async () => (await db.questionVersion.findFirstOrThrow({ where: { question: { key: edited.lessons[2]!.questions[0]!.id } }, orderBy: { version: "desc" }, select: { authored: true } })).authored as { evidence: string[] };
    expect((await authored()).evidence.at(-1)).toBe("Reuters");
    await seedCourse(db, course);
    expect((await authored()).evidence).toEqual(course.lessons[2]!.questions[0]!.evidence);
  });

  it("stores each fact's asOf date, and a changed asOf updates the fact", async () => {
    const stored = await db.fact.findMany({ orderBy: { number: "asc" }, select: { number: true, asOf: true } });
    expect(stored).toEqual(course.facts.map((f) => ({ number: f.id, asOf: f.asOf })));
    expect(stored.find((f) => f.number === 28)!.asOf).toBe("2025-06-29");

    const edited = structuredClone(course);
    edited.facts[27]!.asOf = "2025-07-01";
    expect((await seedCourse(db, edited)).changed).toBe(true);
    expect((await db.fact.findFirstOrThrow({ where: { number: 28 }, select: { asOf: true } })).asOf).toBe("2025-07-01");
    expect(await db.fact.count()).toBe(course.facts.length);

    await seedCourse(db, course);
    expect((await db.fact.findFirstOrThrow({ where: { number: 28 }, select: { asOf: true } })).asOf).toBe("2025-06-29");
  });

  it("retires a question that was removed from the content, and brings it back if it returns", async () => {
    const trimmed = structuredClone(course);
    const removed = trimmed.lessons[1]!.questions.pop()!;
    expect((await seedCourse(db, trimmed)).retired).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { key: removed.id } })).retiredAt).not.toBeNull();
    await seedCourse(db, course);
    expect((await db.question.findUniqueOrThrow({ where: { key: removed.id } })).retiredAt).toBeNull();
  });
});

describe("demo accounts", () => {
  it("are created only on a database with no users", async () => {
    await db.user.deleteMany();
    expect(await seedDemoAccounts(db)).toBe(2);
    expect(await seedDemoAccounts(db)).toBe(0);
    const users = await db.user.findMany({ select: { email: true, role: true, passwordHash: true }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual(DEMO_ACCOUNTS.map((a) => [a.email, a.role]).sort());
    for (const u of users) expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
