/** Every lesson has two quizzes: ungraded practice and the graded lesson check. Their slugs, in one place. */
export type QuizKind = "practice" | "check";

export function quizSlug(lessonSlug: string, kind: QuizKind): string {
  return `${lessonSlug}-${kind}`;
}
