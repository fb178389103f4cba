import type { Metadata } from "next";
import { ArticleView } from "@/components/course/article-view";
import { coursePath } from "@/lib/content/citations";
import { loadCourse } from "../_components/load-course";

export const metadata: Metadata = { title: "The article" };

export default async function CourseArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { course } = await loadCourse(params, "/article");
  return <ArticleView course={course} base={coursePath(course.slug)} />;
}
