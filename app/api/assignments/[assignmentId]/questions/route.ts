import { getAssignmentAnswers } from "@/lib/assignments/queries";
import { refLabel } from "@/lib/content/citations";
import { answersCsv } from "@/lib/export/csv";
import { teacherCsvRoute } from "@/lib/http";

/** Every answer in each student's counted attempt at one assignment, as CSV. */
export const GET = teacherCsvRoute(async (user, { assignmentId }: { assignmentId: string }) => {
  const report = await getAssignmentAnswers(user.id, assignmentId);
  return report && { filename: `${report.title} answers.csv`, csv: answersCsv(report.answerRows.map((a) => ({ ...a, cites: a.refs.map(refLabel).join("; ") }))) };
});
