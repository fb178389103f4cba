/**
 * What the browser may receive. Nothing here carries an answer key, an
 * explanation or a correctness flag, except FeedbackDTO, which the server
 * builds only once the feedback policy releases it.
 */
import type { FeedbackPolicy } from "./policy";
import type { Choice, QuestionType } from "./types";

export type PublicContent =
  | { type: "single" | "multiple"; options: Choice[] }
  | { type: "true_false" }
  | { type: "ordering"; items: Choice[] }
  | { type: "matching"; prompts: Choice[]; choices: Choice[] }
  | { type: "short_text"; placeholder?: string }
  | { type: "numeric"; unit?: string }
  | { type: "classification"; statements: Choice[] };

export type QuestionDTO = {
  /** The QuestionVersion id. */
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  content: PublicContent;
  partialCredit?: string;
  /** The lesson the question belongs to, for links from feedback. */
  lessonSlug: string;
};

/** `text` is the whole source in its light markdown, or, when `excerpt` is true, the question's excerpt of it. */
/** A quoted source; a fact carries the day its statement was true or checked (`asOf`, YYYY-MM-DD). */
export type SourceQuote = { ref: string; label: string; href: string; text: string; excerpt?: boolean; asOf?: string };

export type FeedbackDTO = {
  correct: boolean;
  credit: number;
  points: number;
  explanation: string;
  correctAnswer: string[];
  sources: SourceQuote[];
  /** Graded again with the key of a corrected version of the question (the teacher's regrade). */
  regraded?: boolean;
};

export type AttemptItemDTO = { question: QuestionDTO; response: unknown; feedback: FeedbackDTO | null };

export type AttemptResultDTO = { attemptId: string; score: number; maxScore: number; percent: number; submittedAt: string };

export type AttemptDTO = {
  id: string;
  quizTitle: string;
  quizSlug: string;
  lessonSlug: string;
  /** Set when the attempt is work a teacher assigned; its rules are the assignment's. */
  assignmentId: string | null;
  mode: "PRACTICE" | "ASSESSED";
  feedbackPolicy: FeedbackPolicy;
  status: "IN_PROGRESS" | "SUBMITTED";
  /** The last save sequence number the server took; the browser continues from it. */
  lastSeq: number;
  startedAt: string;
  /** Milliseconds left by the server's clock when this was built, or null without a time limit. */
  remainingMs: number | null;
  result: AttemptResultDTO | null;
  /** Why feedback is not shown yet, when the policy holds it back. */
  feedbackNote: string | null;
  items: AttemptItemDTO[];
};
