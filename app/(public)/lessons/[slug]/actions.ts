"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { startAttempt } from "@/lib/attempts/start";

export const startAttemptAction = userAction(z.object({ quizSlug: z.string().min(1).max(120), path: z.string().startsWith("/lessons/").max(200) }), async (input, user) => {
  const attemptId = await startAttempt(user.id, input.quizSlug);
  revalidatePath(input.path);
  return { attemptId };
});
