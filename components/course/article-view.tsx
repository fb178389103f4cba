import Link from "next/link";
import { readImageCredit } from "@/lib/content/credit";
import type { getCourse } from "@/lib/content/queries";
import { formatDate } from "@/lib/format";

type Course = NonNullable<Awaited<ReturnType<typeof getCourse>>>;
type Spelling = { article: string; ukrainian: string; note: string };

/** A course's article, its paragraphs numbered for citation, with any correction made after it was published. */
export function ArticleView({ course, base }: { course: Course; base: string }) {
  const spellings = course.spellings as Spelling[];
  const [y, m, d] = course.articleDate.split("-");
  const credit = readImageCredit(course.articleImageCredit);

  return (
    <article className="article">
      <p className="eyebrow">
        Source article · {course.articleSection} · {d}.{m}.{y}
      </p>
      <h1>{course.articleTitle}</h1>
      <p className="article__meta">
        Shown as published. The paragraph numbers (¶) are ours, so that lessons and questions can cite them. Select a number
        to link to its paragraph.
        {course.articleUrl && (
          <>
            {" "}
            <a href={course.articleUrl} rel="noreferrer">
              Read it where it was published
            </a>
            .
          </>
        )}
      </p>
      {credit && (
        <p className="article__meta">
          Image credit, as printed: {credit.original}
          {credit.gloss && <> (our note: {credit.gloss})</>}
        </p>
      )}
      <div style={{ marginTop: "1.5rem" }}>
        {course.paragraphs.map((p) => (
          <div key={p.number} id={`p${p.number}`} className="para">
            <a className="para__num" href={`#p${p.number}`} aria-label={`Paragraph ${p.number}`}>
              ¶&thinsp;{p.number}
            </a>
            <div>
              <p>{p.text}</p>
              {course.corrections.filter((c) => c.number === p.number).map((c, i) => (
                <p key={i} className="field__hint" style={{ marginTop: "0.4rem" }} data-testid="correction">
                  <strong>Corrected on {formatDate(c.correctedAt)}.</strong> Questions answered before then quote the earlier text: “{c.before}”
                </p>
              ))}
            </div>
          </div>
        ))}
      </div>
      {spellings.length > 0 && (
        <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="spellings">
          <h2 id="spellings" style={{ marginTop: 0, fontSize: "1.1rem" }}>
            A note on names
          </h2>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {spellings.map((s) => (
              <li key={s.article}>
                The article writes <em>{s.article}</em>; this course uses <strong>{s.ukrainian}</strong>. {s.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p style={{ marginTop: "2rem" }}>
        <Link href={base || "/"}>← Back to the course</Link>
      </p>
    </article>
  );
}
