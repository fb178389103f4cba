"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { startAttempt } from "@/lib/attempts/start";
import { slugSchema } from "@/lib/validation";

export const startAttemptAction = userAction(z.object({ quizSlug: slugSchema(120, "That quiz does not exist."), path: z.string().startsWith("/lessons/").max(200) }), async (input, user) => {
  const attemptId = await startAttempt(user.id, input.quizSlug);
  revalidatePath(input.path);
  return { attemptId };
});
