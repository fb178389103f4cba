import { Feedback } from "@/components/quiz/feedback";
import { describeResponse } from "@/components/quiz/describe-response";
import type { AttemptDTO } from "@/lib/quiz/dto";

/** A finished attempt, question by question, with the feedback for each. */
export function ReviewList({ attempt }: { attempt: AttemptDTO }) {
  return (
    <section aria-labelledby="review-heading" style={{ marginTop: "2rem" }}>
      <h2 id="review-heading">Your answers last time</h2>
      {attempt.items.map(({ question, response, feedback }, i) => (
        <div key={question.id} className="question">
          <div className="question__head">
            <span>Question {i + 1}</span>
          </div>
          <p className="question__prompt">{question.prompt}</p>
          <p>
            <strong>Your answer:</strong> {response ? describeResponse(question, response) : <em>not answered</em>}
          </p>
          {feedback && <Feedback feedback={feedback} />}
        </div>
      ))}
    </section>
  );
}
