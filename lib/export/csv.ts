/**
 * CSV exports, built with papaparse: every value quoted, and any text a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) prefixed with an apostrophe so it stays text.
 */
import Papa from "papaparse";
import type { Gradebook } from "@/lib/assignments/gradebook";
import { STATUS_LABEL } from "@/lib/assignments/status";

export function toCsv(header: string[], rows: (string | number)[][]): string {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8 (names such as Bielieskov's stay intact).
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { quotes: true, escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** One row per student, two columns per assignment (grade and status), then the average. */
export function gradebookCsv(book: Pick<Gradebook, "columns" | "rows">): string {
  const header = ["Student", "Email", ...book.columns.flatMap((c) => [`${c.title} (%)`, `${c.title} status`]), "Average (%)"];
  const rows = book.rows.map((r) => [
    r.student.name,
    r.student.email,
    ...book.columns.flatMap((c) => {
      const cell = r.cells[c.id];
      if (!cell) return ["", "Not assigned"];
      const status = STATUS_LABEL[cell.status] + (cell.grade?.source === "override" ? "; grade set by teacher" : "");
      return [cell.grade ? cell.grade.percent : "", status];
    }),
    r.average ?? "",
  ]);
  return toCsv(header, rows);
}

export type AnswerRow = {
  student: string;
  email: string;
  submittedAt: Date;
  question: number;
  questionKey: string;
  prompt: string;
  cites: string;
  objective: string;
  response: string;
  creditPercent: number;
  voided: string;
};

/** One row per student and question, from each student's counted attempt. */
export function answersCsv(rows: AnswerRow[]): string {
  const header = ["Student", "Email", "Submitted (UTC)", "Question", "Question key", "Prompt", "Cites", "Objective", "Response", "Credit (%)", "Voided"];
  return toCsv(
    header,
    rows.map((r) => [r.student, r.email, r.submittedAt.toISOString(), r.question, r.questionKey, r.prompt, r.cites, r.objective, r.response, r.creditPercent, r.voided]),
  );
}
