import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildGradebook } from "@/lib/assignments/gradebook";
import { answersCsv, gradebookCsv, toCsv } from "@/lib/export/csv";

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("CSV export", () => {
  it("quotes every value, keeps commas, quotes and line breaks inside one cell", () => {
    const csv = toCsv(["Name", "Note"], [['Bielieskov, "Mykola"', "two\nlines"]]);
    expect(csv.startsWith('\uFEFF"Name","Note"\r\n')).toBe(true);
    expect(parse(csv)).toEqual([["Name", "Note"], ['Bielieskov, "Mykola"', "two\nlines"]]);
  });

  it("neutralises what a spreadsheet would run as a formula", () => {
    const csv = toCsv(["v"], [["=HYPERLINK(\"http://x\")"], ["+1"], ["-2+3"], ["@SUM(A1)"], ["\tTab"], ["plain"], [42]]);
    expect(parse(csv).slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", "plain", "42"]);
  });

  it("writes the gradebook: a row per student, a grade and a status per assignment, and the average", () => {
    const at = (day: number) => new Date(Date.UTC(2026, 2, day, 12));
    const book = buildGradebook({
      now: at(20),
      students: [
        { id: "s1", name: "=cmd|' /C calc'!A0", email: "s1@x.test" },
        { id: "s2", name: "Olena", email: "s2@x.test" },
      ],
      assignments: [{ id: "a", title: "Check 1", openAt: at(1), dueAt: at(10), closeAt: null, scoringRule: "BEST", targets: null, extendedDueAt: new Map() }],
      attempts: [{ id: "t", assignmentId: "a", userId: "s2", status: "SUBMITTED", submittedAt: at(11), score: 3, maxScore: 4 }],
      overrides: [{ assignmentId: "a", userId: "s1", percent: 50 }],
    });
    expect(parse(gradebookCsv(book))).toEqual([
      ["Student", "Email", "Check 1 (%)", "Check 1 status", "Average (%)"],
      ["'=cmd|' /C calc'!A0", "s1@x.test", "50", "Missing; grade set by teacher", "50"],
      ["Olena", "s2@x.test", "75", "Submitted late", "75"],
    ]);
  });

  it("writes one row per answer", () => {
    const csv = answersCsv([
      { student: "Olena", email: "o@x.test", submittedAt: new Date("2026-03-05T10:00:00Z"), question: 3, questionKey: "q3", prompt: "Who?", cites: "¶ 5; Fact 15", objective: "o1", response: "-1", creditPercent: 0, voided: "" },
    ]);
    expect(parse(csv)[1]).toEqual(["Olena", "o@x.test", "2026-03-05T10:00:00.000Z", "3", "q3", "Who?", "¶ 5; Fact 15", "o1", "'-1", "0", ""]);
  });
});
