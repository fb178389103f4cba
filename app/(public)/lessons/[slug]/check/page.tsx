import type { Metadata } from "next";
import { quizSlug } from "@/lib/content/quiz-slugs";
import { QuizPage } from "../_components/quiz-page";

export const metadata: Metadata = { title: "Lesson check" };

export default async function LessonCheckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <QuizPage lessonSlug={slug} quizSlug={quizSlug(slug, "check")} path={`/lessons/${slug}/check`} />;
}
