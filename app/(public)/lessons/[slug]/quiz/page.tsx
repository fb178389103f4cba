import type { Metadata } from "next";
import { quizSlug } from "@/lib/content/quiz-slugs";
import { QuizPage } from "../_components/quiz-page";

export const metadata: Metadata = { title: "Practice quiz" };

export default async function PracticeQuizPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <QuizPage lessonSlug={slug} quizSlug={quizSlug(slug, "practice")} path={`/lessons/${slug}/quiz`} />;
}
