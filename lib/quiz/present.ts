/** Pure mappers from stored rows to the DTOs in dto.ts. */
import { PARTIAL_CREDIT_RULES } from "./grading";
import type { AttemptResultDTO, FeedbackDTO, PublicContent, QuestionDTO, SourceQuote } from "./dto";
import { percentOf } from "./policy";
import { describeAnswer } from "./stored";
import { toPublicQuestion } from "./rows";
import type { Choice, Grade, QuestionType, StoredQuestion } from "./types";

type VersionRow = { id: string; type: string; prompt: string; points: number; content: unknown };

function inOrder(choices: Choice[], order: string[]): Choice[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...choices].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/** The question as this attempt shows it: public fields only, choices in the attempt's shuffled order. */
export function toQuestionDTO(version: VersionRow, choiceOrder: string[], lessonSlug: string): QuestionDTO {
  const q = toPublicQuestion(version);
  let content: PublicContent;
  switch (q.type) {
    case "single":
    case "multiple":
      content = { type: q.type, options: inOrder(q.content.options, choiceOrder) };
      break;
    case "true_false":
      content = { type: q.type };
      break;
    case "ordering":
      content = { type: q.type, items: inOrder(q.content.items, choiceOrder) };
      break;
    case "matching":
      content = { type: q.type, prompts: q.content.prompts, choices: inOrder(q.content.choices, choiceOrder) };
      break;
    case "short_text":
      content = { type: q.type, ...(q.content.placeholder ? { placeholder: q.content.placeholder } : {}) };
      break;
    case "numeric":
      content = { type: q.type, ...(q.content.unit ? { unit: q.content.unit } : {}) };
      break;
    case "classification":
      content = { type: q.type, statements: inOrder(q.content.statements, choiceOrder) };
      break;
  }
  const rule = PARTIAL_CREDIT_RULES[q.type as QuestionType];
  return { id: version.id, type: q.type, prompt: version.prompt, points: version.points, content, lessonSlug, ...(rule ? { partialCredit: rule } : {}) };
}

export function buildFeedback(
  stored: StoredQuestion,
  grade: Grade,
  points: number,
  explanation: string,
  sources: SourceQuote[],
): FeedbackDTO {
  return { correct: grade.correct, credit: grade.credit, points, explanation, correctAnswer: describeAnswer(stored), sources };
}

/** Points as people read them: whole numbers plain, fractions to two places. */
export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** A submitted attempt's score as the browser sees it. */
export function toResultDTO(a: { id: string; score: number | null; maxScore: number; submittedAt: Date | null }): AttemptResultDTO {
  const score = a.score ?? 0;
  return { attemptId: a.id, score, maxScore: a.maxScore, percent: Math.round(percentOf(score, a.maxScore)), submittedAt: (a.submittedAt ?? new Date(0)).toISOString() };
}
