import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptReview } from "@/components/quiz/attempt-review";
import { AttemptScoreCard } from "@/components/quiz/score-card";
import { requireTeacher } from "@/lib/auth/session";
import { getAttemptForTeacher } from "@/lib/attempts/read";

export const metadata: Metadata = { title: "Attempt review" };

export default async function TeacherAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const teacher = await requireTeacher();
  const attempt = await getAttemptForTeacher(teacher.id, (await params).attemptId);
  if (!attempt) notFound();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href={`/teach/classes/${attempt.classId}/students/${attempt.student.id}`}>{attempt.student.name}</Link> · attempt review
      </p>
      <h1>{attempt.quizTitle.replace(/^Check: /, "")}</h1>
      <AttemptScoreCard result={attempt.result!} />
      {attempt.assignmentId && (
        <p>
          <Link href={`/teach/assignments/${attempt.assignmentId}`}>← Back to the assignment</Link>
        </p>
      )}
      <AttemptReview attempt={attempt} heading="Question by question, with the answers" />
    </div>
  );
}
