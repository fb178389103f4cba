import Link from "next/link";
import { coursePath } from "@/lib/content/citations";
import type { getPublishedCourses } from "@/lib/content/queries";
import { formatDay, plural } from "@/lib/format";

type Courses = Awaited<ReturnType<typeof getPublishedCourses>>;

/** The courses teachers built from other articles that the reader may open. */
export function CourseList({ courses }: { courses: Courses }) {
  return (
    <section aria-labelledby="more-courses" style={{ marginTop: "2.5rem" }}>
      <h2 id="more-courses">More courses</h2>
      <p className="muted">Built by teachers from other articles, for their classes.</p>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }} data-testid="course-list">
        {courses.map((c) => (
          <li key={c.slug} className="card lesson-card">
            <h3>
              <Link href={coursePath(c.slug)}>{c.title}</Link>
            </h3>
            <p style={{ margin: 0 }}>
              From “{c.articleTitle}”, {c.articleSection}, {formatDay(c.articleDate)}
            </p>
            <div className="lesson-card__meta">
              <span>{plural(c._count.lessons, "lesson")}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
