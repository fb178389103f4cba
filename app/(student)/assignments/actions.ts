"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { idSchema } from "@/lib/validation";

export const startAssignmentAttemptAction = userAction(z.object({ assignmentId: idSchema("assignmentId") }), async ({ assignmentId }, user) => {
  const attemptId = await startAssignmentAttempt(user.id, assignmentId);
  revalidatePath(`/assignments/${assignmentId}`);
  return { attemptId };
});
