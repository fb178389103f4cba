import type { Metadata } from "next";
import Link from "next/link";
import { FactsList } from "@/components/course/facts-list";
import { coursePath } from "@/lib/content/citations";
import { getFacts } from "@/lib/content/queries";
import { loadCourse } from "../_components/load-course";

export const metadata: Metadata = { title: "Background facts" };

export default async function CourseFactsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { course } = await loadCourse(params, "/facts");
  const facts = await getFacts(course.slug);
  const base = coursePath(course.slug);
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href={base}>{course.title}</Link> · Background
      </p>
      <h1>Background facts</h1>
      <p className="lede">
        What the article does not say, each with its source and the day it was true or checked (&ldquo;as of&rdquo;). Questions
        rest only on verified facts or on the article itself.
      </p>
      {facts.length ? <FactsList facts={facts} base={base} /> : <p className="muted">This course has no background facts: it rests on the article alone.</p>}
    </div>
  );
}
