import { describe, expect, it } from "vitest";
import { buildGradebook, filterRows, sortRows, type GradebookAssignment, type GradebookAttempt } from "@/lib/assignments/gradebook";
import { gradebookQuerySchema, gradebookView, type GradebookQuery } from "@/lib/assignments/gradebook-view";

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour));
const students = [
  { id: "ana", name: "Ana", email: "ana@x.test" },
  { id: "bo", name: "Bo", email: "bo@x.test" },
  { id: "cy", name: "Cy", email: "cy@x.test" },
];
const a1: GradebookAssignment = { id: "a1", title: "Check 1", openAt: at(1), dueAt: at(10), closeAt: null, scoringRule: "BEST", targets: null, extendedDueAt: new Map([["cy", at(12)]]) };
const a2: GradebookAssignment = { id: "a2", title: "Check 2", openAt: at(1), dueAt: at(20), closeAt: null, scoringRule: "LAST", targets: new Set(["ana", "bo"]), extendedDueAt: new Map() };
let k = 0;
const attempt = (assignmentId: string, userId: string, day: number | null, score: number, maxScore = 10): GradebookAttempt => ({
  id: `t${++k}`,
  assignmentId,
  userId,
  status: day === null ? "IN_PROGRESS" : "SUBMITTED",
  submittedAt: day === null ? null : at(day),
  score: day === null ? null : score,
  maxScore,
});

const book = buildGradebook({
  now: at(15),
  students,
  assignments: [a1, a2],
  attempts: [
    attempt("a1", "ana", 5, 6),
    attempt("a1", "ana", 9, 9), // best: 90
    attempt("a1", "bo", 11, 7), // after the due date: late, 70
    attempt("a1", "cy", 11, 5), // after the due date but before Cy's extension: on time, 50
    attempt("a2", "ana", null, 0), // in progress
  ],
  overrides: [{ assignmentId: "a2", userId: "bo", percent: 100 }],
});
const cell = (student: string, assignment: string) => book.rows.find((r) => r.student.id === student)!.cells[assignment];

describe("the gradebook", () => {
  it("gives each student a status, grade and late mark per assignment", () => {
    expect(cell("ana", "a1")).toMatchObject({ status: "submitted", grade: { percent: 90, source: "attempts" }, late: false, submittedAttempts: 2, firstSubmittedAt: at(5) });
    expect(cell("bo", "a1")).toMatchObject({ status: "late", grade: { percent: 70 }, late: true });
    expect(cell("cy", "a1")).toMatchObject({ status: "submitted", late: false, dueAt: at(12) });
    expect(cell("ana", "a2")).toMatchObject({ status: "in_progress", grade: null });
    // An override without any attempt still gives a grade; the status stays what the student did.
    expect(cell("bo", "a2")).toMatchObject({ status: "not_started", grade: { percent: 100, source: "override" } });
    expect(cell("cy", "a2")).toBeUndefined();
  });
  it("sums up each assignment: completion over the students it is for, average over the grades", () => {
    expect(book.columns[0]).toMatchObject({ assigned: 3, completed: 3, late: 1, missing: 0, completion: 100, average: 70 });
    expect(book.columns[1]).toMatchObject({ assigned: 2, completed: 0, late: 0, completion: 0, average: 100 });
    expect(book.rows.map((r) => r.average)).toEqual([90, 85, 50]);
  });
  it("sorts by an assignment's grade either way, students without one last", () => {
    expect(sortRows(book.rows, "a:a1", "desc").map((r) => r.student.id)).toEqual(["ana", "bo", "cy"]);
    expect(sortRows(book.rows, "a:a1", "asc").map((r) => r.student.id)).toEqual(["cy", "bo", "ana"]);
    expect(sortRows(book.rows, "a:a2", "asc").map((r) => r.student.id)).toEqual(["bo", "ana", "cy"]);
    expect(sortRows(book.rows, "name", "desc").map((r) => r.student.id)).toEqual(["cy", "bo", "ana"]);
  });
  it("filters by name or email and by status, on one assignment or any", () => {
    expect(filterRows(book.rows, { query: " BO@" }).map((r) => r.student.id)).toEqual(["bo"]);
    expect(filterRows(book.rows, { status: "late" }).map((r) => r.student.id)).toEqual(["bo"]);
    expect(filterRows(book.rows, { status: "not_started", assignmentId: "a1" })).toEqual([]);
    expect(filterRows(book.rows, { status: "not_started", assignmentId: "a2" }).map((r) => r.student.id)).toEqual(["bo"]);
  });
});

describe("the gradebook page's view", () => {
  const query = (over: Partial<GradebookQuery> = {}): GradebookQuery => ({ ...gradebookQuerySchema.parse({}), ...over });

  it("shows one page of the filtered, sorted students, and keeps the view in its links", () => {
    const view = gradebookView(book, query({ sort: "a:a1", dir: "desc", size: 2 }), at(15));
    expect(view.page.items.map((r) => r.student.id)).toEqual(["ana", "bo"]);
    expect(view.page).toMatchObject({ page: 1, pages: 2, from: 1, to: 2, total: 3 });
    const next = gradebookView(book, query({ sort: "a:a1", dir: "desc", size: 2, page: 2 }), at(15));
    expect(next.page.items.map((r) => r.student.id)).toEqual(["cy"]);
    expect(next.href({ page: 1 })).toBe("?sort=a%3Aa1&dir=desc&size=2");
    // A new filter or sort starts again at the first page.
    expect(next.href({ q: "bo" })).toBe("?q=bo&sort=a%3Aa1&dir=desc&size=2");
  });

  it("keeps the charts and the footer over the whole class, whatever the filter and page", () => {
    const view = gradebookView(book, query({ q: "ana", size: 25 }), at(15));
    expect(view.page.total).toBe(1);
    expect(view.classSize).toBe(3);
    expect(view.filtered).toBe(true);
    expect(view.chartColumn?.id).toBe("a1");
    expect(view.histogram.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(view.completion.at(-1)?.completed).toBe(3);
  });

  it("falls back to sorting by name, and to the first page of 50, on a bad URL", () => {
    const view = gradebookView(book, gradebookQuerySchema.parse({ sort: "a:nope", page: "x", size: "7" }), at(15));
    expect(view.sort).toBe("name");
    expect(view.page).toMatchObject({ page: 1, size: 50 });
  });
});
