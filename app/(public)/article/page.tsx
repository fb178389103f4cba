import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/course/article-view";
import { getCourse } from "@/lib/content/queries";

export const metadata: Metadata = { title: "The article" };

export default async function ArticlePage() {
  const course = await getCourse();
  if (!course) notFound();
  return <ArticleView course={course} base="" />;
}
