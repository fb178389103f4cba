// What rests on each fact, as the teacher's course page lists it: the sections that cite it and
// the questions in use whose current version cites it, read from the seeded course and checked
// against content/. A question edited to drop the fact, or retired, no longer counts.
import { beforeAll, describe, expect, it } from "vitest";
import { citedRefs } from "@/lib/content/citations";
import { getFactUses } from "@/lib/content/fact-uses";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import type { Course } from "@/lib/content/validate";
import { db } from "@/lib/db";

const course = loadCourse();

beforeAll(async () => {
  await seedCourse(db, course);
});

/** Per fact number, the section keys and question keys of `c` that cite it, in lesson order. */
function expected(c: Course) {
  const out = new Map<number, { sections: string[]; questions: string[] }>();
  const entry = (ref: string) => {
    const n = Number(ref.slice("fact:".length));
    if (!out.has(n)) out.set(n, { sections: [], questions: [] });
    return out.get(n)!;
  };
  for (const l of [...c.lessons].sort((a, b) => a.position - b.position)) {
    for (const s of l.sections) for (const ref of new Set(citedRefs(s.body).filter((r) => r.startsWith("fact:")))) entry(ref).sections.push(s.id);
    for (const q of l.questions) for (const ref of q.refs.filter((r) => r.startsWith("fact:"))) entry(ref).questions.push(q.id);
  }
  return out;
}

const actual = async () =>
  new Map([...(await getFactUses())].map(([n, u]) => [n, { sections: u.sections.map((s) => s.key), questions: u.questions.map((q) => q.key) }]));

describe("getFactUses", () => {
  it("lists, for every fact, exactly the sections and questions of content/ that cite it", async () => {
    const want = expected(course);
    expect(want.size).toBeGreaterThan(30);
    expect(await actual()).toEqual(want);
  });

  it("follows a question's current version, and leaves out a retired question", async () => {
    const edited = structuredClone(course);
    const lesson = edited.lessons.find((l) => l.questions.some((q) => q.refs.filter((r) => r.startsWith("fact:")).length > 0 && q.refs.length > 1))!;
    const question = lesson.questions.find((q) => q.refs.filter((r) => r.startsWith("fact:")).length > 0 && q.refs.length > 1)!;
    const dropped = question.refs.find((r) => r.startsWith("fact:"))!;
    question.refs = question.refs.filter((r) => r !== dropped);
    const retired = lesson.questions.find((q) => q !== question && q.refs.some((r) => r.startsWith("fact:")))!;
    lesson.questions = lesson.questions.filter((q) => q !== retired);
    await seedCourse(db, edited);

    const uses = await actual();
    expect(uses.get(Number(dropped.slice(5)))?.questions ?? []).not.toContain(question.id);
    for (const ref of retired.refs.filter((r) => r.startsWith("fact:"))) expect(uses.get(Number(ref.slice(5)))!.questions).not.toContain(retired.id);
    expect(uses).toEqual(expected(edited));

    await seedCourse(db, course);
    expect(await actual()).toEqual(expected(course));
  });
});
