import { z } from "zod";
import { jsonRoute } from "@/lib/http";
import { submitAttempt } from "@/lib/attempts/finalise";

/** Submits the signed-in student's attempt. Idempotent. Any score in the body is ignored. */
export const POST = jsonRoute(z.object({}).passthrough(), (_input, userId, params: { attemptId: string }) => submitAttempt(userId, params.attemptId));
