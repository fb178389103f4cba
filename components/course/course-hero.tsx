import Link from "next/link";
import type { ReactNode } from "react";
import type { getCourse } from "@/lib/content/queries";

type Course = NonNullable<Awaited<ReturnType<typeof getCourse>>>;

/** The top of a course's page: its title and introduction, where to start, and the article it is built from. */
export function CourseHero({ course, base, eyebrow, children }: { course: Course; base: string; eyebrow: string; children: ReactNode }) {
  const [y, m, d] = course.articleDate.split("-");
  return (
    <section className="hero">
      <div>
        <p className="eyebrow">{eyebrow}</p>
        <h1>{course.title}</h1>
        <p className="lede">{children}</p>
        <p className="choice-row">
          {course.lessons[0] && (
            <Link className="button" href={`/lessons/${course.lessons[0].slug}`}>
              Start lesson 1
            </Link>
          )}
          <Link className="button button--secondary" href={`${base}/article`}>
            Read the article
          </Link>
        </p>
      </div>
      <aside className="card" aria-labelledby="source-heading">
        <p className="eyebrow" id="source-heading">
          The source article
        </p>
        <h2 style={{ marginTop: 0, fontSize: "1.15rem" }}>
          <Link href={`${base}/article`}>{course.articleTitle}</Link>
        </h2>
        <p className="muted" style={{ margin: 0 }}>
          {course.articleSection} · published {d}.{m}.{y} · {course.paragraphs.length} paragraphs ·{" "}
          <Link href={`${base}/facts`}>background facts</Link>
        </p>
      </aside>
    </section>
  );
}
