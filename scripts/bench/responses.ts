// The responses the benchmark sends or stores for a question version: one that earns full
// credit (lib/quiz/sample-responses.ts) and a valid one that does not, each graded here with the
// app's own parser and grader, so a seeding script can store exactly what the server would.
import { gradeResponse } from "@/lib/quiz/grading";
import { parseResponse } from "@/lib/quiz/responses";
import type { AnyResponse, StoredQuestion } from "@/lib/quiz/types";
import { rightResponse, wrongResponse } from "@/lib/quiz/sample-responses";

export type GradedResponse = { response: unknown; correct: boolean; score: number };
export type ResponsePair = { points: number; right: GradedResponse; wrong: GradedResponse };


function graded(q: StoredQuestion & { id: string; points: number }, input: unknown): GradedResponse {
  const parsed = parseResponse(q, input);
  if (!parsed.ok) throw new Error(`bench response for question version ${q.id} is not valid: ${parsed.message}`);
  const grade = gradeResponse(q, parsed.response as AnyResponse);
  // What the server stores is the parsed response.
  return { response: parsed.response, correct: grade.correct, score: grade.credit * q.points };
}

export function responsePair(q: StoredQuestion & { id: string; points: number }): ResponsePair {
  return { points: q.points, right: graded(q, rightResponse(q)), wrong: graded(q, wrongResponse(q)) };
}
