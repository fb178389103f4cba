import { getGradebook } from "@/lib/assignments/queries";
import { gradebookCsv } from "@/lib/export/csv";
import { teacherCsvRoute } from "@/lib/http";

/** The class gradebook as CSV: one row per student, one grade and one status column per assignment. */
export const GET = teacherCsvRoute(async (user, { classId }: { classId: string }) => {
  const book = await getGradebook(user.id, classId);
  return book && { filename: `${book.name} gradebook.csv`, csv: gradebookCsv(book) };
});
