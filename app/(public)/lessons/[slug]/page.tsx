import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Prose } from "@/components/prose";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadCourse } from "@/lib/content/access";
import { coursePath, refHref, refLabel } from "@/lib/content/citations";
import { getLesson } from "@/lib/content/queries";

type Props = { params: Promise<{ slug: string }> };
type KeyTerm = { term: string; definition: string; refs: string[] };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [lesson, user] = await Promise.all([getLesson((await params).slug), getCurrentUser()]);
  return { title: lesson && (await canReadCourse(user, lesson.course.id)) ? lesson.title : "Lesson" };
}

export default async function LessonPage({ params }: Props) {
  const [lesson, user] = await Promise.all([getLesson((await params).slug), getCurrentUser()]);
  if (!lesson || !(await canReadCourse(user, lesson.course.id))) notFound();
  const base = coursePath(lesson.course.slug);
  const hrefOf = (ref: string) => refHref(ref, base);
  const lessons = lesson.course.lessons;
  const index = lessons.findIndex((l) => l.slug === lesson.slug);
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const quiz = lesson.quizzes[0];

  return (
    <div className="lesson-layout">
      <article>
        <p className="eyebrow">
          {base && (
            <>
              <Link href={base}>{lesson.course.title}</Link> ·{" "}
            </>
          )}
          Lesson {lesson.position} of {lessons.length} · {lesson.minutes} min
        </p>
        <h1>{lesson.title}</h1>
        <p className="lede">{lesson.summary}</p>

        <section className="objectives" aria-labelledby="objectives">
          <h2 id="objectives">By the end of this lesson you can</h2>
          <ul>
            {lesson.objectives.map((o) => (
              <li key={o.key}>{o.text}</li>
            ))}
          </ul>
        </section>

        {lesson.sections.map((s) => (
          <section key={s.key} id={s.key} className="section" aria-labelledby={`h-${s.key}`}>
            <p className="section__kind">
              {s.kind === "background" ? (
                <span className="badge">Background · not in the article</span>
              ) : (
                <span className="badge badge--accent">From the article</span>
              )}
            </p>
            <h2 id={`h-${s.key}`} style={{ marginTop: 0 }}>
              {s.heading}
            </h2>
            <Prose body={s.body} hrefOf={hrefOf} />
          </section>
        ))}

        <section className="section" aria-labelledby="key-terms">
          <h2 id="key-terms">Key terms</h2>
          <dl className="terms">
            {(lesson.keyTerms as KeyTerm[]).map((t) => (
              <div key={t.term}>
                <dt>{t.term}</dt>
                <dd>
                  {t.definition}{" "}
                  {t.refs.map((r) => (
                    <a key={r} className="cite" href={hrefOf(r)}>
                      {refLabel(r)}
                    </a>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>

        {quiz && (
          <section className="card section" aria-labelledby="practice">
            <h2 id="practice" style={{ marginTop: 0 }}>
              Check what you learned
            </h2>
            <p>Answer the practice questions. Each answer is checked at once, with an explanation and the source it rests on.</p>
            <p className="choice-row">
              <Link className="button" href={`/lessons/${lesson.slug}/quiz`}>
                Take the practice quiz
              </Link>
              <Link className="button button--secondary" href={`/lessons/${lesson.slug}/check`}>
                Take the lesson check
              </Link>
            </p>
            <p className="field__hint">The lesson check is timed and scored: 30 minutes, 3 attempts, feedback after you submit.</p>
          </section>
        )}

        <nav className="pager" aria-label="Lessons">
          {prev ? <Link href={`/lessons/${prev.slug}`}>← Lesson {prev.position}: {prev.title}</Link> : <span />}
          {next ? <Link href={`/lessons/${next.slug}`}>Lesson {next.position}: {next.title} →</Link> : <span />}
        </nav>
      </article>

      <aside className="lesson-aside card" aria-labelledby="contents">
        <p className="eyebrow" id="contents" style={{ margin: 0 }}>
          In this lesson
        </p>
        <ol>
          {lesson.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`}>{s.heading}</a>
            </li>
          ))}
          <li>
            <a href="#key-terms">Key terms</a>
          </li>
        </ol>
        <p className="field__hint" style={{ marginBottom: 0 }}>
          <span className="cite">¶&thinsp;5</span> links to a paragraph of the article; <span className="cite">Fact 15</span> to a checked
          background fact.
        </p>
      </aside>
    </div>
  );
}
