import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompletionChart } from "@/components/charts/completion-chart";
import { ScoreHistogram } from "@/components/charts/score-histogram";
import { gradebookQuerySchema, gradebookView } from "@/lib/assignments/gradebook-view";
import { getGradebook } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";
import { PageSummary, Pager } from "../../../_components/pager";
import { ClassNav } from "../_components/class-nav";
import { GradebookFilters } from "./_components/filters";
import { GradebookGrid } from "./_components/grid";
import { currentTime } from "@/lib/clock";

export const metadata: Metadata = { title: "Gradebook" };

/**
 * The class gradebook: one page of students × assignments, filtered and sorted on the
 * server with the view in the URL; completion, averages and the charts over the whole class.
 */
export default async function GradebookPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const teacher = await requireTeacher();
  const { classId } = await params;
  const query = gradebookQuerySchema.parse(await searchParams);
  const now = currentTime();
  const book = await getGradebook(teacher.id, classId, now);
  if (!book) notFound();
  const view = gradebookView(book, query, now);

  return (
    <div className="wide">
      <ClassNav classId={book.id} name={book.name} current="gradebook" />
      {book.columns.length === 0 ? (
        <p className="alert alert--info">
          Nothing assigned yet. <Link href={`/teach/classes/${book.id}/assignments/new`}>Assign a lesson check</Link> and the grid fills in as students work.
        </p>
      ) : (
        <>
          <GradebookFilters classId={book.id} columns={book.columns} view={view} query={query} />
          <p className="muted" aria-live="polite" data-testid="gradebook-count">
            <PageSummary page={view.page} noun="students" of={view.classSize} /> Grades are percentages: a teacher&apos;s override replaces the counted score and is marked ✎. Completion and averages are
            the whole class&apos;s.
          </p>
          <GradebookGrid classId={book.id} columns={book.columns} view={view} />
          <Pager page={view.page} href={view.href} label="Pages of students" />
          <div className="chart-row">
            {view.chartColumn && (
              <ScoreHistogram bins={view.histogram} title={`Score distribution: ${view.chartColumn.title}`} caption="The whole class. Choose another assignment in the filter above to see its distribution." />
            )}
            <CompletionChart points={view.completion} title="Completion over time, all assignments, whole class" />
          </div>
        </>
      )}
      <p className="muted">
        What the class keeps forgetting in spaced review, per objective and paragraph, is under <Link href={`/teach/classes/${book.id}/retention`}>What they forget</Link>.
      </p>
    </div>
  );
}
