import { z } from "zod";
import { jsonRoute } from "@/lib/http";
import { saveAnswer } from "@/lib/attempts/save";
import { idSchema } from "@/lib/validation";

// Unknown fields (a forged "score" or "isCorrect") are dropped, never used.
const saveAnswerSchema = z.object({
  questionVersionId: idSchema("questionVersionId"),
  response: z.unknown(),
  seq: z.number({ message: "seq must be a whole number." }).int().positive().max(1_000_000_000),
});

/** Saves one answer of the signed-in student's attempt. */
export const POST = jsonRoute(saveAnswerSchema, (input, userId, params: { attemptId: string }) =>
  saveAnswer(userId, params.attemptId, input.questionVersionId, input.response, input.seq),
);
