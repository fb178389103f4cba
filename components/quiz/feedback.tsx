import { Prose } from "@/components/prose";
import { formatDay } from "@/lib/format";
import type { FeedbackDTO } from "@/lib/quiz/dto";

export function Feedback({ feedback, lessonSlug }: { feedback: FeedbackDTO; lessonSlug: string }) {
  const tone = feedback.correct ? "right" : feedback.credit > 0 ? "partly" : "wrong";
  const verdict = feedback.correct ? "Correct." : feedback.credit > 0 ? `Partly correct: ${Math.round(feedback.credit * 100)}% credit.` : "Not quite.";
  return (
    <div className={`feedback feedback--${tone}`} role="status" data-testid="feedback">
      <p className="feedback__verdict">{verdict}</p>
      {feedback.regraded && <p data-testid="regraded">Regraded: your teacher corrected this question after you answered it. This is your answer graded with the corrected key.</p>}
      {!feedback.correct && (
        <div>
          <strong>Correct answer:</strong>
          {feedback.correctAnswer.length === 1 ? (
            <span> {feedback.correctAnswer[0]}</span>
          ) : (
            <ul>
              {feedback.correctAnswer.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>{feedback.explanation}</p>
      {/* Each source whole, or the question's excerpt of it whole: never cut, lists kept as lists. */}
      {feedback.sources.map((s) => (
        <blockquote key={s.ref} data-testid="source-quote">
          <p>
            <a href={s.href}>{s.ref.startsWith("p") ? `Article ${s.label}` : s.label}</a>
            {s.asOf ? `, as of ${formatDay(s.asOf)}` : ""}
            {s.excerpt ? " (excerpt)" : ""}:
          </p>
          <Prose body={s.text} />
        </blockquote>
      ))}
      <p>
        <a href={`/lessons/${lessonSlug}`}>Review this in the lesson</a>
      </p>
    </div>
  );
}
