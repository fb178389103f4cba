"use server";

import { z } from "zod";
import { userAction } from "@/lib/actions";
import { currentTime } from "@/lib/clock";
import { answerReview } from "@/lib/learning/review";
import { idSchema } from "@/lib/validation";

// No revalidatePath: it would re-render the open session, and a fresh draw would move the questions under the student.
// The progress page is rendered per request, so it shows the new schedule anyway.
export const answerReviewAction = userAction(z.object({ questionVersionId: idSchema("questionVersionId"), response: z.unknown() }), async ({ questionVersionId, response }, user) =>
  answerReview(user.id, questionVersionId, response, currentTime()),
);
