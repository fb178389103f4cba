import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { getStudentRemovalPreview } from "@/lib/classes/queries";
import { plural } from "@/lib/format";
import { ClassNav } from "../../../_components/class-nav";
import { removeStudentAction } from "../../../../../actions";

export const metadata: Metadata = { title: "Remove a student" };

/** The confirmation before a student and their work leave a class: what goes, in numbers. */
export default async function RemoveStudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const teacher = await requireTeacher();
  const { classId, studentId } = await params;
  const preview = await getStudentRemovalPreview(teacher.id, classId, studentId);
  if (!preview) notFound();
  const { student } = preview;
  const work = [
    plural(preview.attempts, "attempt") + (preview.attempts ? ` (${preview.submitted} submitted) with ${plural(preview.answers, "answer")}` : ""),
    plural(preview.extensions, "extension"),
    plural(preview.overrides, "grade you set", "grades you set"),
  ];
  return (
    <div className="narrow">
      <ClassNav classId={preview.class.id} name={preview.class.name} current={null} />
      <section className="card danger-zone" aria-labelledby="remove" data-testid="remove-student">
        <h2 id="remove" style={{ marginTop: 0 }}>
          Remove {student.name} from {preview.class.name}?
        </h2>
        <p>
          {student.name} leaves the class, and their work on its assignments is deleted for good: {work.join(", ")}. The gradebook, the item analysis and the reports
          of this class are counted again without them.
        </p>
        <p className="muted">
          Their account stays, with their own practice, progress and review. They can join again with the join code, but the work deleted here does not come back.
        </p>
        <ActionForm
          action={removeStudentAction}
          fields={[]}
          hidden={{ classId: preview.class.id, studentId: student.id }}
          submitLabel={`Remove ${student.name} and delete their work`}
          pendingLabel="Removing…"
          redirectTo={`/teach/classes/${preview.class.id}`}
          danger
        />
        <p style={{ marginBottom: 0 }}>
          <Link href={`/teach/classes/${preview.class.id}/students/${student.id}`}>Cancel: keep {student.name} in the class</Link>
        </p>
      </section>
    </div>
  );
}
