import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/ui/status-badge";
import { getStudentInClass } from "@/lib/assignments/student-queries";
import { requireTeacher } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { ClassNav } from "../../_components/class-nav";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const teacher = await requireTeacher();
  const { classId, studentId } = await params;
  const student = await getStudentInClass(teacher.id, classId, studentId);
  if (!student) notFound();
  return (
    <div className="narrow">
      <ClassNav classId={student.class.id} name={student.class.name} current={null} />
      <h2 style={{ marginBottom: 0 }}>{student.user.name}</h2>
      <p className="muted">
        {student.user.email} · joined {formatDate(student.joinedAt)}
      </p>
      {student.assignments.length === 0 ? (
        <p className="alert alert--info">Nothing is assigned to this student yet.</p>
      ) : (
        <ol className="stack" style={{ listStyle: "none", padding: 0 }} data-testid="student-assignments">
          {student.assignments.map((a) => (
            <li key={a.id} className="card">
              <div className="item-card__head">
                <h3 style={{ margin: 0 }}>
                  <Link href={`/teach/assignments/${a.id}`}>{a.title}</Link>
                </h3>
                <StatusBadge status={a.status} />
              </div>
              <p className="muted" style={{ margin: "0.25rem 0" }}>
                Due {formatDateTime(a.dueAt)}
                {a.extension?.dueAt && " (extended)"} · grade {a.grade ? `${a.grade.percent}%${a.grade.source === "override" ? " ✎ set by a teacher" : ""}` : "none yet"}
              </p>
              {a.submitted.length === 0 ? (
                <p style={{ margin: 0 }}>No submitted attempts.</p>
              ) : (
                <ul>
                  {a.submitted.map((t, i) => (
                    <li key={t.id}>
                      <Link href={`/teach/attempts/${t.id}`}>
                        Attempt {i + 1}: {t.percent}%
                      </Link>{" "}
                      <span className="muted">submitted {formatDateTime(t.submittedAt)}</span> {t.late && <span className="badge badge--warn">late</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <p style={{ marginTop: "2rem" }}>
        <Link href={`/teach/classes/${student.class.id}/students/${student.user.id}/remove`} className="button button--secondary button--small">
          Remove {student.user.name} from the class…
        </Link>
      </p>
    </div>
  );
}
