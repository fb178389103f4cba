import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getAttemptForStudent, getOpenAttemptForStudent, getQuizBySlug, getResultsForStudent } from "@/lib/quiz/queries";
import { QuizRunner } from "./_components/quiz-runner";
import { ReviewList } from "./_components/review-list";
import { StartButton } from "./_components/start-button";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Practice quiz" };

export default async function QuizPage({ params }: Props) {
  const { slug } = await params;
  const quiz = await getQuizBySlug(`${slug}-practice`);
  if (!quiz || quiz.lesson.slug !== slug) notFound();
  const user = await getCurrentUser();
  const back = <Link href={`/lessons/${slug}`}>← Back to lesson {quiz.lesson.position}</Link>;

  if (!user) {
    const returnTo = encodeURIComponent(`/lessons/${slug}/quiz`);
    return (
      <div className="narrow stack">
        <p className="eyebrow">Practice quiz · Lesson {quiz.lesson.position}</p>
        <h1>{quiz.lesson.title}</h1>
        <p className="alert alert--info">
          Sign in to take the practice quiz: your answers are checked on our server and your score is kept for you.{" "}
          <Link href={`/sign-in?callbackUrl=${returnTo}`}>Sign in</Link> or <Link href={`/sign-up?callbackUrl=${returnTo}`}>create a free account</Link>.
        </p>
        <p>{back}</p>
      </div>
    );
  }

  const [open, results] = await Promise.all([getOpenAttemptForStudent(quiz.id, user.id), getResultsForStudent(quiz.id, user.id)]);
  const latest = results[0];
  const best = results.reduce((m, r) => Math.max(m, r.percent), 0);
  const review = !open && latest ? await getAttemptForStudent(latest.attemptId, user.id) : null;

  return (
    <div className="narrow">
      <p className="eyebrow">Practice quiz · Lesson {quiz.lesson.position}</p>
      <h1>{quiz.lesson.title}</h1>
      <p className="muted">{back}</p>

      {latest && (
        <section className="card score-card" aria-labelledby="score-heading" data-testid="score-card">
          <div>
            <p className="eyebrow" id="score-heading" style={{ margin: 0 }}>
              Your latest score
            </p>
            <p className="score-card__big" data-testid="latest-score">
              {latest.percent}%
            </p>
          </div>
          <div>
            <p style={{ margin: 0 }}>
              {formatPoints(latest.score)} of {formatPoints(latest.maxScore)} points · finished{" "}
              <time dateTime={latest.submittedAt}>{new Date(latest.submittedAt).toUTCString().slice(5, 22)} UTC</time>
            </p>
            <p className="muted" style={{ margin: 0 }}>
              Best: {best}% · {results.length} {results.length === 1 ? "attempt" : "attempts"}
            </p>
          </div>
        </section>
      )}

      {open ? (
        <QuizRunner attempt={open} lessonSlug={slug} />
      ) : (
        <div className="stack" style={{ marginTop: "1.5rem" }}>
          <p>
            {latest
              ? "Practise again: the questions come in a new order. Every attempt is kept; your latest and best scores are shown above."
              : "Each question is checked as soon as you answer it. You can change an answer and check again as often as you like. When you finish, your score is saved."}
          </p>
          <StartButton quizSlug={quiz.slug} lessonSlug={slug} label={latest ? "Practise again" : "Start the practice quiz"} />
          {review && <ReviewList attempt={review} />}
        </div>
      )}
    </div>
  );
}

function formatPoints(n: number) {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
