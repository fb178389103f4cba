import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AttemptReview } from "@/components/quiz/attempt-review";
import { requireUser } from "@/lib/auth/session";
import { formatPoints } from "@/lib/quiz/present";
import { getAttemptForStudent } from "@/lib/quiz/queries";

export const metadata: Metadata = { title: "Your attempt" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}`);
  const attempt = await getAttemptForStudent(attemptId, user.id);
  if (!attempt) notFound();
  const quizPath = `/lessons/${attempt.lessonSlug}/${attempt.mode === "PRACTICE" ? "quiz" : "check"}`;
  if (attempt.status === "IN_PROGRESS") redirect(quizPath);
  const result = attempt.result!;
  return (
    <div className="narrow">
      <p className="eyebrow">{attempt.mode === "PRACTICE" ? "Practice quiz" : "Lesson check"} · review</p>
      <h1>{attempt.quizTitle.replace(/^Practice: |^Check: /, "")}</h1>
      <section className="card score-card" aria-label="Score">
        <p className="score-card__big" data-testid="attempt-score">
          {result.percent}%
        </p>
        <p style={{ margin: 0 }}>
          {formatPoints(result.score)} of {formatPoints(result.maxScore)} points · submitted {new Date(result.submittedAt).toUTCString()}
        </p>
      </section>
      <p>
        <Link href={quizPath}>← Back to the quiz</Link>
      </p>
      <AttemptReview attempt={attempt} heading="Question by question" />
    </div>
  );
}
