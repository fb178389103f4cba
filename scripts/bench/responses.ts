// The responses the benchmark sends or stores for a question version: one that earns full
// credit (tests/support/responses.ts) and a valid one that does not, each graded here with the
// app's own parser and grader, so a seeding script can store exactly what the server would.
import { gradeResponse } from "@/lib/quiz/grading";
import { parseResponse } from "@/lib/quiz/responses";
import type { AnyResponse, Category, StoredQuestion } from "@/lib/quiz/types";
import { rightResponse } from "../../tests/support/responses";

export type GradedResponse = { response: unknown; correct: boolean; score: number };
export type ResponsePair = { points: number; right: GradedResponse; wrong: GradedResponse };

/** A valid response that differs from the key. */
function otherResponse(q: StoredQuestion): unknown {
  const next: Record<Category, Category> = { fact: "claim", claim: "opinion", opinion: "fact" };
  switch (q.type) {
    case "single":
      return { optionId: q.content.options.find((o) => o.id !== q.answerKey.optionId)!.id };
    case "true_false":
      return { value: !q.answerKey.value };
    case "multiple": {
      const wrong = q.content.options.find((o) => !q.answerKey.optionIds.includes(o.id));
      return { optionIds: wrong ? [wrong.id] : q.answerKey.optionIds.slice(0, 1) };
    }
    case "ordering":
      return { order: [...q.answerKey.order].reverse() };
    case "matching": {
      const prompts = Object.keys(q.answerKey.matches);
      return { matches: Object.fromEntries(prompts.map((p, i) => [p, q.answerKey.matches[prompts[(i + 1) % prompts.length]!]!])) };
    }
    case "short_text":
      return { text: "not the answer" };
    case "numeric":
      return { value: String(q.answerKey.value + 1000 + q.answerKey.tolerance * 10) };
    case "classification":
      return { labels: Object.fromEntries(Object.entries(q.answerKey.labels).map(([s, c]) => [s, next[c]])) };
  }
}

function graded(q: StoredQuestion & { id: string; points: number }, input: unknown): GradedResponse {
  const parsed = parseResponse(q, input);
  if (!parsed.ok) throw new Error(`bench response for question version ${q.id} is not valid: ${parsed.message}`);
  const grade = gradeResponse(q, parsed.response as AnyResponse);
  // What the server stores is the parsed response.
  return { response: parsed.response, correct: grade.correct, score: grade.credit * q.points };
}

export function responsePair(q: StoredQuestion & { id: string; points: number }): ResponsePair {
  return { points: q.points, right: graded(q, rightResponse(q)), wrong: graded(q, otherResponse(q)) };
}
