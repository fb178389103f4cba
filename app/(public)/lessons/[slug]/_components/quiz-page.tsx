import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptRunner } from "@/components/quiz/attempt-runner";
import { AttemptReview } from "@/components/quiz/attempt-review";
import { GuestPractice } from "@/components/quiz/guest-practice";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadCourse } from "@/lib/content/access";
import { getGuestPracticeQuestions } from "@/lib/learning/guest";
import { countedScore } from "@/lib/quiz/policy";
import { formatPoints } from "@/lib/quiz/present";
import { getAttemptForStudent, getOpenAttemptForStudent, getQuizBySlug, getResultsForStudent } from "@/lib/attempts/read";
import { PolicyBadges, RULE_TEXT } from "@/components/quiz/policy-badges";
import { StartButton } from "@/components/quiz/start-button";
import { startAttemptAction } from "../actions";
import { currentTime } from "@/lib/clock";
import { plural } from "@/lib/format";


/** A lesson's quiz page, for practice and for the assessed lesson check. */
export async function QuizPage({ lessonSlug, quizSlug, path }: { lessonSlug: string; quizSlug: string; path: string }) {
  const quiz = await getQuizBySlug(quizSlug);
  const user = await getCurrentUser();
  if (!quiz || quiz.lesson.slug !== lessonSlug || !(await canReadCourse(user, quiz.lesson.courseId))) notFound();
  const practice = quiz.mode === "PRACTICE";
  const heading = (
    <>
      <p className="eyebrow">
        {practice ? "Practice quiz" : "Lesson check"} · Lesson {quiz.lesson.position}
      </p>
      <h1>{quiz.lesson.title}</h1>
      <p className="muted">
        <Link href={`/lessons/${lessonSlug}`}>← Back to lesson {quiz.lesson.position}</Link>
      </p>
    </>
  );

  if (!user && practice) {
    // A guest practises with the current questions; answers stay in the browser until sign-up claims them.
    const questions = await getGuestPracticeQuestions(lessonSlug);
    return (
      <div className="narrow">
        {heading}
        <GuestPractice lessonSlug={lessonSlug} questions={questions} signUpHref={`/sign-up?callbackUrl=${encodeURIComponent(path)}`} />
      </div>
    );
  }

  if (!user) {
    const returnTo = encodeURIComponent(path);
    return (
      <div className="narrow stack">
        {heading}
        <p className="alert alert--info">
          Sign in to take the {practice ? "practice quiz" : "lesson check"}: your answers are checked on our server and your score is kept for you.{" "}
          <Link href={`/sign-in?callbackUrl=${returnTo}`}>Sign in</Link> or <Link href={`/sign-up?callbackUrl=${returnTo}`}>create a free account</Link>.
        </p>
      </div>
    );
  }

  const now = currentTime();
  // Read the open attempt first: one left past its deadline is finalised by this read and then counts in the results.
  const attempt = await getOpenAttemptForStudent(user.id, { quizId: quiz.id, assignmentId: null }, now);
  const results = await getResultsForStudent(user.id, quiz.id);
  const latest = results[0];
  const best = results.reduce((m, r) => Math.max(m, r.percent), 0);
  const counted = countedScore(results.map((r) => r.percent).reverse(), quiz.scoringRule);
  const attemptsLeft = quiz.attemptsAllowed === null ? null : Math.max(0, quiz.attemptsAllowed - results.length);
  const review = !attempt && latest ? await getAttemptForStudent(user.id, latest.attemptId, now) : null;
  const questionCount = quiz.drawCount ?? quiz.lesson._count.questions;

  return (
    <div className="narrow">
      {heading}
      {!practice && (
        <PolicyBadges
          questions={questionCount}
          timeLimitSec={quiz.timeLimitSec}
          attemptsAllowed={quiz.attemptsAllowed}
          scoringRule={quiz.scoringRule}
          feedbackPolicy={quiz.feedbackPolicy}
        />
      )}

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
              {formatPoints(latest.score)} of {formatPoints(latest.maxScore)} points ·{" "}
              <Link href={`/attempts/${latest.attemptId}`}>review this attempt</Link>
            </p>
            <p className="muted" style={{ margin: 0 }} data-testid="score-summary">
              {practice ? `Best: ${best}%` : `Counted score: ${counted}% (${RULE_TEXT[quiz.scoringRule]})`} · {plural(results.length, "attempt")}
              {attemptsLeft !== null && ` · ${attemptsLeft} left`}
            </p>
          </div>
        </section>
      )}

      {attempt ? (
        <AttemptRunner attempt={attempt} />
      ) : (
        <div className="stack" style={{ marginTop: "1.5rem" }}>
          {attemptsLeft === 0 ? (
            <p className="alert alert--info">You have used all your attempts at this check.</p>
          ) : (
            <>
              <p>
                {practice
                  ? latest
                    ? "Practise again: the questions come in a new order. Every attempt is kept; your latest and best scores are shown above."
                    : "Each question is checked as soon as you answer it. You can change an answer and check again as often as you like. When you finish, your score is saved."
                  : "Each answer is saved on our server the moment you give it, so a lost connection or a closed tab loses nothing. The timer runs on the server."}
              </p>
              <StartButton action={startAttemptAction} input={{ quizSlug: quiz.slug, path }} label={latest ? (practice ? "Practise again" : "Start another attempt") : practice ? "Start the practice quiz" : "Start the lesson check"} />
            </>
          )}
          {review && <AttemptReview attempt={review} heading="Your answers last time" />}
        </div>
      )}
    </div>
  );
}
