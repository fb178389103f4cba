import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AttemptReview } from "@/components/quiz/attempt-review";
import { AttemptScoreCard } from "@/components/quiz/score-card";
import { requireUser } from "@/lib/auth/session";
import { getAttemptForStudent } from "@/lib/attempts/read";
import { getRegradeNotices } from "@/lib/attempts/regrade";
import { RegradeNotices } from "@/components/quiz/regrade-notices";

export const metadata: Metadata = { title: "Your attempt" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}`);
  const attempt = await getAttemptForStudent(user.id, attemptId);
  if (!attempt) notFound();
  const quizPath = attempt.assignmentId ? `/assignments/${attempt.assignmentId}` : `/lessons/${attempt.lessonSlug}/${attempt.mode === "PRACTICE" ? "quiz" : "check"}`;
  if (attempt.status === "IN_PROGRESS") redirect(quizPath);
  const regrades = await getRegradeNotices(user.id, attempt.id);
  return (
    <div className="narrow">
      <p className="eyebrow">{attempt.assignmentId ? "Assignment" : attempt.mode === "PRACTICE" ? "Practice quiz" : "Lesson check"} · review</p>
      <h1>{attempt.quizTitle.replace(/^Practice: |^Check: /, "")}</h1>
      <AttemptScoreCard result={attempt.result!} />
      <RegradeNotices notices={regrades} />
      <p>
        <Link href={quizPath}>← Back to the {attempt.assignmentId ? "assignment" : "quiz"}</Link>
      </p>
      <AttemptReview attempt={attempt} heading="Question by question" />
    </div>
  );
}
