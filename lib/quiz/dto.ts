/**
 * What the browser may receive. Nothing here carries an answer key, an
 * explanation or a correctness flag, except FeedbackDTO, which the server
 * builds only once the feedback policy releases it.
 */
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
};

export type SourceQuote = { ref: string; label: string; href: string; text: string };

export type FeedbackDTO = {
  correct: boolean;
  credit: number;
  points: number;
  explanation: string;
  correctAnswer: string[];
  sources: SourceQuote[];
};

export type AttemptItemDTO = { question: QuestionDTO; response: unknown; feedback: FeedbackDTO | null };

export type AttemptDTO = { id: string; quizTitle: string; status: "IN_PROGRESS" | "SUBMITTED"; items: AttemptItemDTO[] };

export type AttemptResultDTO = { attemptId: string; score: number; maxScore: number; percent: number; submittedAt: string };
