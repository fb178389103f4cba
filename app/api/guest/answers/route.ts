import { RateLimiterMemory } from "rate-limiter-flexible";
import { z } from "zod";
import { clientIp } from "@/lib/auth/rate-limit";
import { publicJsonRoute } from "@/lib/http";
import { checkGuestAnswer } from "@/lib/learning/guest";

// Unknown fields (a forged "correct") are dropped, never used.
const guestAnswerSchema = z.object({
  questionVersionId: z.string({ message: "questionVersionId is required." }).min(1, "questionVersionId is required.").max(64),
  response: z.unknown(),
});

/** Checks per IP address: plenty for a person, a brake on a script. */
const perIp = new RateLimiterMemory({ points: 120, duration: 60 });

/** Grades a guest's practice answer and returns its feedback. Nothing is stored on the server. */
export const POST = publicJsonRoute(guestAnswerSchema, async (input) => ({ feedback: await checkGuestAnswer(input.questionVersionId, input.response) }), {
  allow: (request) => perIp.consume(clientIp(request.headers)).then(
    () => true,
    () => false,
  ),
});
