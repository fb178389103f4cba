import type { AttemptDTO } from "@/lib/quiz/dto";
import { Feedback } from "./feedback";
import { ResponseView } from "./response-view";
import { plural } from "@/lib/format";

/** A finished attempt as the student saw it, with feedback where the policy releases it. */
export function AttemptReview({ attempt, heading }: { attempt: AttemptDTO; heading: string }) {
  return (
    <section aria-labelledby="review-heading" style={{ marginTop: "2rem" }}>
      <h2 id="review-heading">{heading}</h2>
      {attempt.feedbackNote && <p className="alert alert--info">{attempt.feedbackNote}</p>}
      {attempt.items.map(({ question, response, feedback }, i) => (
        <div key={question.id} className="question" data-testid="review-item">
          <div className="question__head">
            <span>Question {i + 1}</span>
            <span>
              {plural(question.points, "point")}
            </span>
          </div>
          <p className="question__prompt">{question.prompt}</p>
          <ResponseView question={question} response={response} />
          {feedback && <Feedback feedback={feedback} lessonSlug={question.lessonSlug} />}
        </div>
      ))}
    </section>
  );
}
