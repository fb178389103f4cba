// The responses the benchmark sends or stores for a question version: one that earns full
// credit and a valid one that does not (lib/quiz/rows.ts), each graded with the app's own
// parse-then-grade, so a seeding script can store exactly what the server would.
import { gradeInput, responseFromKey, wrongResponse } from "@/lib/quiz/rows";
import type { StoredQuestion } from "@/lib/quiz/types";

export type GradedResponse = { response: unknown; correct: boolean; score: number };
export type ResponsePair = { points: number; right: GradedResponse; wrong: GradedResponse };

function graded(q: StoredQuestion & { id: string; points: number }, input: unknown): GradedResponse {
  const result = gradeInput(q, input);
  if (!result.ok) throw new Error(`bench response for question version ${q.id} is not valid: ${result.message}`);
  // What the server stores is the parsed response.
  return { response: result.response, correct: result.grade.correct, score: result.grade.credit * q.points };
}

export function responsePair(q: StoredQuestion & { id: string; points: number }): ResponsePair {
  return { points: q.points, right: graded(q, responseFromKey(q)), wrong: graded(q, wrongResponse(q)) };
}
