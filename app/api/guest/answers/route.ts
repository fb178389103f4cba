import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { allowGuestAnswer } from "@/lib/auth/rate-limit";
import { publicJsonRoute } from "@/lib/http";
import { checkGuestAnswer } from "@/lib/learning/guest";
import { idSchema } from "@/lib/validation";

// Unknown fields (a forged "correct") are dropped, never used.
const guestAnswerSchema = z.object({
  questionVersionId: idSchema("questionVersionId"),
  response: z.unknown(),
});

/** Grades a guest's practice answer and returns its feedback. Nothing is stored on the server. */
export const POST = publicJsonRoute(guestAnswerSchema, async (input) => ({ feedback: await checkGuestAnswer(input.questionVersionId, input.response) }), {
  allow: (request) => allowGuestAnswer(clientIp(request.headers)),
});
