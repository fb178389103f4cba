import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { getClassesForTeacher } from "@/lib/classes/queries";
import { currentTime } from "@/lib/clock";
import { DEFAULT_REVIEW_PERIOD, isDueForReview } from "@/lib/content/fact-review";
import { getFacts } from "@/lib/content/queries";
import { createClassAction } from "./actions";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeachPage() {
  const teacher = await requireTeacher();
  const [classes, facts] = await Promise.all([getClassesForTeacher(teacher.id), getFacts()]);
  const now = currentTime();
  const due = facts.filter((f) => isDueForReview(f.asOf, now, DEFAULT_REVIEW_PERIOD)).length;
  return (
    <div className="narrow">
      <p className="eyebrow">Teaching</p>
      <h1>Your classes</h1>
      {classes.length === 0 ? (
        <p className="alert alert--info">You have no classes yet. Create one, then give your students its join code.</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {classes.map((c) => (
            <li key={c.id} className="card" data-testid="class-card">
              <h2 style={{ margin: 0, fontSize: "1.15rem" }}>
                <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
              </h2>
              <p className="muted" style={{ margin: "0.25rem 0 0" }}>
                {plural(c.students, "student")} · join code <code>{c.joinCode}</code>
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="new-class">
        <h2 id="new-class" style={{ marginTop: 0 }}>
          Create a class
        </h2>
        <ActionForm action={createClassAction} fields={[{ name: "name", label: "Class name", hint: "For example: IHL seminar, group B" }]} submitLabel="Create class" redirectTo="/teach/classes/:classId" />
      </section>
      <p style={{ marginTop: "2rem" }} data-testid="course-facts-link">
        {plural(due, "background fact")} of the course {due === 1 ? "is" : "are"} more than {plural(DEFAULT_REVIEW_PERIOD, "month")} old.{" "}
        <Link href="/teach/course">Review the course facts</Link> and what rests on each.
      </p>
      <p data-testid="courses-link">
        <Link href="/teach/courses">Your courses</Link>: build a course from the next news article, with co-authors.
      </p>
    </div>
  );
}
