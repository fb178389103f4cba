import { describe, expect, it } from "vitest";
import { hrefWith, pageNumbers, paginate } from "@/lib/assignments/paging";
import { filterReportRows, reportAnalysis, reportQuerySchema, reportRows, reportStudentsView, statusCounts, type ReportAttempt, type ReportQuestion } from "@/lib/assignments/report";
import { analyseItems, groupResponses, rollUp, totalsOf, type ItemResponse } from "@/lib/stats/item-analysis";

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));
const students = [
  { id: "ana", name: "Ana Bondarenko", email: "ana@x.test" },
  { id: "bo", name: "Bo Schmidt", email: "bo@x.test" },
  { id: "cy", name: "Cy Okafor", email: "cy@x.test" },
  { id: "di", name: "Di Rossi", email: "di@x.test" },
];
const rules = { openAt: at(1), dueAt: at(10), closeAt: at(12), scoringRule: "BEST" as const, targeted: false };
const attempt = (id: string, userId: string, started: number, submitted: number | null, score: number): ReportAttempt => ({
  id,
  userId,
  status: submitted === null ? "IN_PROGRESS" : "SUBMITTED",
  startedAt: at(started),
  submittedAt: submitted === null ? null : at(submitted),
  score,
  maxScore: 10,
});
const attempts = [
  attempt("t2", "ana", 6, 6, 6), // given out of order: rows list attempts by start
  attempt("t1", "ana", 5, 5, 9),
  attempt("t3", "bo", 11, 11, 7),
  attempt("t4", "cy", 11, null, 0),
];

describe("the report's students", () => {
  const rows = reportRows({
    now: at(15),
    rules,
    students,
    targets: null,
    attempts,
    extensions: [{ userId: "bo", dueAt: at(13), extraTimeSec: 600, extraAttempts: 1 }],
    overrides: [{ userId: "di", percent: 80, reason: "Oral exam" }],
  });
  const row = (id: string) => rows.find((r) => r.student.id === id)!;

  it("gives each student a status, grade, attempts in order and the attempt analysed", () => {
    expect(rows.map((r) => r.student.id)).toEqual(["ana", "bo", "cy", "di"]);
    expect(row("ana")).toMatchObject({ status: "submitted", grade: { percent: 90, source: "attempts" }, analysed: { id: "t1" } });
    expect(row("ana").attempts.map((a) => [a.id, a.percent, a.late])).toEqual([
      ["t1", 90, false],
      ["t2", 60, false],
    ]);
    // Bo's extension moves his due date and close date: on time, not late.
    expect(row("bo")).toMatchObject({ status: "submitted", dueAt: at(13), closeAt: at(13), grade: { percent: 70 } });
    expect(row("cy")).toMatchObject({ status: "in_progress", grade: null, analysed: null });
    expect(row("di")).toMatchObject({ status: "missing", grade: { percent: 80, source: "override" }, override: { reason: "Oral exam" } });
  });

  it("keeps only the chosen students of a targeted assignment", () => {
    const targeted = reportRows({ now: at(15), rules: { ...rules, targeted: true }, students, targets: new Set(["bo"]), attempts, extensions: [], overrides: [] });
    expect(targeted.map((r) => r.student.id)).toEqual(["bo"]);
  });

  it("filters by name or email and status, counts statuses, and pages", () => {
    expect(filterReportRows(rows, { q: " OKA", status: "any" }).map((r) => r.student.id)).toEqual(["cy"]);
    expect(filterReportRows(rows, { q: "", status: "submitted" }).map((r) => r.student.id)).toEqual(["ana", "bo"]);
    expect(statusCounts(rows)).toMatchObject({ submitted: 2, in_progress: 1, missing: 1, late: 0 });
    const view = reportStudentsView(rows, reportQuerySchema.parse({ page: "2", size: "25", status: "bogus" }));
    // A page past the end shows the last page; an unknown status means any.
    expect(view.page).toMatchObject({ page: 1, pages: 1, from: 1, to: 4, total: 4 });
    expect(view.href({ status: "missing" })).toBe("?status=missing&size=25#students-heading");
  });
});

describe("pages", () => {
  const items = Array.from({ length: 1000 }, (_, i) => i + 1);
  it("cuts one page, numbered from 1, and says which rows it shows", () => {
    expect(paginate(items, 2, 50)).toMatchObject({ page: 2, pages: 20, from: 51, to: 100, total: 1000 });
    expect(paginate(items, 2, 50).items[0]).toBe(51);
    expect(paginate(items, 99, 50)).toMatchObject({ page: 20, from: 951, to: 1000 });
    expect(paginate([], 3, 50)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });

  it("offers the first, the last and the pages around the current one", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageNumbers(4, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("leaves defaults out of links", () => {
    expect(hrefWith({ q: "", page: 1, size: 50 }, { q: "", page: 1, size: 50 })).toBe("?");
    expect(hrefWith({ q: "ada", page: 1, size: 50 }, { q: "", page: 1, size: 50 }, { page: 3 })).toBe("?q=ada&page=3");
  });
});

describe("the report's item analysis", () => {
  const questions: ReportQuestion[] = [
    { id: "q1", key: "k1", position: 1, type: "single", prompt: "Which?", content: { options: [{ id: "a", text: "Alpha" }, { id: "b", text: "Beta" }] }, answerKey: { optionId: "a" }, refs: ["p1"], objective: "o1" },
    { id: "q2", key: "k2", position: 2, type: "short_text", prompt: "Name it", content: {}, answerKey: { accepted: ["Ottawa"] }, refs: ["p1", "fact:3"], objective: "o2" },
  ];
  // Five students' analysed attempts; "no answer" is a null response with no credit.
  const responses: ItemResponse[] = [
    ["s1", 1, { optionId: "a" }, 1, { text: "Ottawa" }],
    ["s2", 1, { optionId: "a" }, 0, { text: "the treaty" }],
    ["s3", 0, { optionId: "b" }, 0, { text: "The  Treaty" }],
    ["s4", 0, null, 0, { text: "the treaty" }],
    ["s5", 1, { optionId: "a" }, 0.5, { text: "Ottawa convention" }],
  ].flatMap(([studentId, c1, r1, c2, r2]) => [
    { studentId: studentId as string, questionId: "q1", credit: c1 as number, response: r1 },
    { studentId: studentId as string, questionId: "q2", credit: c2 as number, response: r2 },
  ]);

  it("gives from grouped responses what the analysis of each response gives", () => {
    const groups = groupResponses(responses);
    expect(groups.length).toBeLessThan(responses.length);
    const totals = totalsOf(responses);
    const perResponse = analyseItems(questions, responses);
    const upper = ["s1"]; // 27 % of 5 rounds to 1 student: s1 (total 2), and s4 at the bottom (total 0)
    const lower = ["s4"];
    const credit = (q: string, who: string[]) => responses.filter((r) => r.questionId === q && who.includes(r.studentId)).reduce((n, r) => n + r.credit, 0);
    const groupCredits = questions.map((q) => ({ questionId: q.id, upper: credit(q.id, upper), lower: credit(q.id, lower) }));
    const analysis = reportAnalysis({ questions, groups, totals, groupCredits, voids: [{ questionId: "q2", mode: "EXCLUDE", reason: "Ambiguous" }] });
    expect(analysis.items.map((i) => i.stats)).toEqual(perResponse);
    expect(analysis.byParagraph).toEqual(rollUp(questions, responses, "refs").filter((r) => r.key.startsWith("p")));
    expect(analysis.byFact).toEqual([{ key: "fact:3", questions: 1, responses: 5, facility: 30 }]);
    expect(analysis.byObjective.map((r) => r.key)).toEqual(["o2", "o1"]);
  });

  it("marks the key, counts options, and describes the most common wrong answers as students wrote them", () => {
    const analysis = reportAnalysis({ questions, groups: groupResponses(responses), totals: totalsOf(responses), groupCredits: [], voids: [{ questionId: "q2", mode: "EXCLUDE", reason: "Ambiguous" }] });
    const [q1, q2] = analysis.items;
    expect(q1!.options).toEqual([
      { text: "Alpha", count: 3, correct: true },
      { text: "Beta", count: 1, correct: false },
    ]);
    expect(q1!.commonWrong.map((w) => w.count)).toEqual([1, 1]);
    expect(q1!.commonWrong.map((w) => w.text)).toContain("(no answer)");
    // "the treaty" twice and "The  Treaty" once count together, shown the way most wrote it.
    expect(q2!.commonWrong[0]).toEqual({ count: 3, text: "the treaty" });
    expect(q2!.void).toMatchObject({ mode: "EXCLUDE" });
    expect(q2!).not.toHaveProperty("answerKey");
    expect(q1!.stats.facility).toBe(60);
  });
});
