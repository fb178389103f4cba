"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { startAssignmentAttempt } from "@/lib/attempts/start";

export const startAssignmentAttemptAction = userAction(z.object({ assignmentId: z.string().min(1).max(64) }), async ({ assignmentId }, user) => {
  const attemptId = await startAssignmentAttempt(user.id, assignmentId);
  revalidatePath(`/assignments/${assignmentId}`);
  return { attemptId };
});
