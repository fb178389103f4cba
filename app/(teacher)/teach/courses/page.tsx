import type { Metadata } from "next";
import Link from "next/link";
import { coursePath } from "@/lib/content/citations";
import { requireTeacher } from "@/lib/auth/session";
import { ActionForm } from "@/components/ui/action-form";
import { listDrafts, listSharedDrafts } from "@/lib/authoring/drafts";
import { copyDraftAction } from "./actions";
import { formatDateTime, formatDay, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Your courses" };

/** The courses a teacher is writing, each from a news article, with who wrote what last. */
export default async function CoursesPage() {
  const teacher = await requireTeacher();
  const [drafts, shared] = await Promise.all([listDrafts(teacher.id), listSharedDrafts(teacher.id)]);
  return (
    <div className="narrow">
      <p className="eyebrow">Teaching</p>
      <h1>Your courses</h1>
      <p className="lede">
        Build a course from the next news article: paste it, and its paragraphs are numbered so that every lesson and question can cite the paragraph it rests on.
      </p>
      <p>
        <Link className="button" href="/teach/courses/new">
          New course from an article
        </Link>
      </p>
      {drafts.length === 0 ? (
        <p className="alert alert--info">You are not writing a course yet. Start one from an article; co-authors you add see it here too.</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {drafts.map((d) => {
            const last = d.changes[0];
            return (
              <li key={d.id} className="card" data-testid="draft-card">
                <p className="eyebrow" style={{ margin: 0 }}>
                  {d.course ? "Published" : "Draft"}
                </p>
                <h2 style={{ margin: 0, fontSize: "1.15rem" }}>
                  <Link href={`/teach/courses/${d.id}`}>{d.title}</Link>
                </h2>
                {d.course && (
                  <p style={{ margin: "0.25rem 0 0" }}>
                    <Link href={coursePath(d.course.slug)}>Open the course as students see it</Link>
                  </p>
                )}
                <p style={{ margin: "0.25rem 0 0" }}>
                  From <cite>{d.articleTitle}</cite> ({d.articleSource}, {formatDay(d.articleDate)}) · {plural(d.paragraphs.length, "paragraph")}
                </p>
                <p className="muted" style={{ margin: "0.25rem 0 0" }}>
                  {d.sharedAt && <span className="badge">Shared</span>} {d.authors.map((a) => a.name).join(", ")}
                  {last && ` · last change: ${last.by ?? "a former author"} ${last.summary}, ${formatDateTime(last.at)}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <section style={{ marginTop: "2rem" }} aria-labelledby="shared-drafts">
        <h2 id="shared-drafts">Shared by other teachers</h2>
        {shared.length === 0 ? (
          <p className="muted">No other teacher on this instance shares a draft yet. A shared draft shows here, to copy and adapt.</p>
        ) : (
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {shared.map((d) => (
              <li key={d.id} className="card" data-testid="shared-draft">
                <h3 style={{ margin: 0, fontSize: "1.1rem" }}>{d.title}</h3>
                <p style={{ margin: "0.25rem 0" }}>
                  From <cite>{d.articleTitle}</cite> ({d.articleSource}, {formatDay(d.articleDate)}) · {plural(d.paragraphs, "paragraph")} · {plural(d.lessons, "lesson")} ·{" "}
                  {plural(d.questions, "question")}
                </p>
                <p className="muted" style={{ margin: "0 0 0.5rem" }}>
                  By {d.authors.join(", ")}, shared {formatDateTime(d.sharedAt)}
                </p>
                <ActionForm action={copyDraftAction} hidden={{ draftId: d.id }} fields={[]} submitLabel="Make a copy to adapt" redirectTo="/teach/courses/:id" inline />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
