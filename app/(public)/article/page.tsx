import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readImageCredit } from "@/lib/content/credit";
import { getCourse } from "@/lib/content/queries";

export const metadata: Metadata = { title: "The article" };

type Spelling = { article: string; ukrainian: string; note: string };

export default async function ArticlePage() {
  const course = await getCourse();
  if (!course) notFound();
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
            <p>{p.text}</p>
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
        <Link href="/">← Back to the course</Link>
      </p>
    </article>
  );
}
