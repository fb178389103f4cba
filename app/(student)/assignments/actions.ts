"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { idSchema } from "@/lib/validation";

export const startAssignmentAttemptAction = userAction(z.object({ assignmentId: idSchema("assignmentId") }), async ({ assignmentId }, user) => {
  const attemptId = await startAssignmentAttempt(assignmentId, user.id);
  revalidatePath(`/assignments/${assignmentId}`);
  return { attemptId };
});
