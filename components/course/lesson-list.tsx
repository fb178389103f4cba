import Link from "next/link";
import type { getCourse } from "@/lib/content/queries";

type Lessons = NonNullable<Awaited<ReturnType<typeof getCourse>>>["lessons"];
type Progress = Map<string, { status: string; bestScore: number | null }>;

/** A course's lessons as cards, with the student's progress on each. */
export function LessonList({ lessons, progress }: { lessons: Lessons; progress: Progress }) {
  return (
    <ol className="grid" style={{ listStyle: "none", padding: 0 }} aria-labelledby="lessons">
      {lessons.map((lesson) => {
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
  );
}
