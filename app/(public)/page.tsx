import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/content/queries";
import { getLessonProgressForStudent } from "@/lib/attempts/read";

export default async function HomePage() {
  const [course, user] = await Promise.all([getCourse(), getCurrentUser()]);
  if (!course) notFound();
  const progress = user ? await getLessonProgressForStudent(user.id) : new Map();

  return (
    <>
      <section className="hero">
        <div>
          <p className="eyebrow">Course · International humanitarian law</p>
          <h1>{course.title}</h1>
          <p className="lede">
            In the summer of 2025 Ukraine moved to leave the treaty that bans anti-personnel mines. Read the news article, learn
            the law behind it, weigh the arguments on both sides, and test yourself. Every question cites the paragraph or
            fact it tests.
          </p>
          <p>
            <Link className="button" href={`/lessons/${course.lessons[0]?.slug ?? ""}`}>
              Start lesson 1
            </Link>{" "}
            <Link className="button button--secondary" href="/article">
              Read the article
            </Link>
          </p>
        </div>
        <aside className="card" aria-labelledby="source-heading">
          <p className="eyebrow" id="source-heading">
            The source article
          </p>
          <h2 style={{ marginTop: 0, fontSize: "1.15rem" }}>
            <Link href="/article">{course.articleTitle}</Link>
          </h2>
          <p className="muted" style={{ margin: 0 }}>
            {course.articleSection} · published {formatDate(course.articleDate)} · {course.paragraphs.length} paragraphs
          </p>
        </aside>
      </section>

      <h2 id="lessons">Lessons</h2>
      <ol className="grid" style={{ listStyle: "none", padding: 0 }} aria-labelledby="lessons">
        {course.lessons.map((lesson) => {
          const p = progress.get(lesson.slug);
          return (
            <li key={lesson.slug} className="card lesson-card">
              <p className="eyebrow" style={{ margin: 0 }}>
                Lesson {lesson.position}
              </p>
              <h3>
                <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
              </h3>
              <p style={{ margin: 0 }}>{lesson.summary}</p>
              <div className="lesson-card__meta">
                <span>{lesson.minutes} min read</span>
                <span aria-hidden="true">·</span>
                <span>{lesson._count.questions} practice questions</span>
                {p?.status === "COMPLETED" ? (
                  <span className="badge badge--good">Best score {Math.round(p.bestScore ?? 0)}%</span>
                ) : p?.status === "IN_PROGRESS" ? (
                  <span className="badge badge--warn">Quiz in progress</span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {!user && (
        <p className="alert alert--info" style={{ marginTop: "2rem" }}>
          Anyone can read the lessons. <Link href="/sign-up">Create a free account</Link> to take the practice quizzes and keep your
          scores.
        </p>
      )}
    </>
  );
}

function formatDate(iso: string) {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
