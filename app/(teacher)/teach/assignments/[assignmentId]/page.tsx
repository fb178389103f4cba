import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAssignmentReport } from "@/lib/assignments/queries";
import { reportQuerySchema, reportStudentsView } from "@/lib/assignments/report";
import { COUNTED_STATEMENT } from "@/lib/assignments/scoring";
import { requireTeacher } from "@/lib/auth/session";
import { RollUps } from "./_components/analysis";
import { ItemList } from "./_components/items";
import { AssignmentRules } from "./_components/rules";
import { StudentsSection } from "./_components/students";
import { formatNumber, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Assignment report" };

/**
 * One assignment for its teacher: the rules; the students a page at a time, with their
 * grading tools; and the item analysis over the whole class, rolled up per paragraph,
 * objective and fact, then question by question.
 */
export default async function AssignmentReportPage({ params, searchParams }: { params: Promise<{ assignmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const teacher = await requireTeacher();
  const report = await getAssignmentReport(teacher.id, (await params).assignmentId);
  if (!report) notFound();
  const query = reportQuerySchema.parse(await searchParams);
  const students = reportStudentsView(report.rows, query);

  return (
    <div className="wide">
      <AssignmentRules r={report} students={report.rows.length} />
      <StudentsSection assignmentId={report.id} classId={report.class.id} view={students} query={query} classSize={report.rows.length} />

      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">What the class got wrong</h2>
        <p className="alert alert--info" data-testid="counted-statement">
          {COUNTED_STATEMENT[report.scoringRule]} {formatNumber(report.counted)} of {plural(report.rows.length, "student")} have a submitted attempt; students without one are left out. The analysis below covers the whole
          class.
        </p>
        {report.counted === 0 ? <p>No submitted work yet: the analysis appears when the first student submits.</p> : <RollUps r={report} />}
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Question by question</h2>
        <p className="muted">
          Facility is the percent correct. Discrimination compares the top and bottom 27 % of students by total score: near 1, the question separates strong from weak answers; near 0 or below, look at the
          question again.
        </p>
        <ItemList assignmentId={report.id} items={report.items} />
      </section>
    </div>
  );
}
