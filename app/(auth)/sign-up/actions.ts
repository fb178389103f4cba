"use server";

import { z } from "zod";
import { publicAction, userAction } from "@/lib/actions";
import { createUser, signUpSchema } from "@/lib/auth/users";
import { claimGuestProgress, MAX_CLAIM_ANSWERS } from "@/lib/learning/guest";
import { idSchema } from "@/lib/validation";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  await createUser(input);
  return null;
});

// Only responses and times are taken: the server grades every answer itself.
const claimGuestProgressSchema = z.object({
  claimId: z.uuid({ message: "The claim id is not valid." }),
  answers: z
    .array(
      z.object({
        questionVersionId: idSchema("questionVersionId"),
        response: z.unknown(),
        answeredAt: z.iso.datetime({ message: "answeredAt must be an ISO date and time." }),
      }),
    )
    .max(MAX_CLAIM_ANSWERS, `At most ${MAX_CLAIM_ANSWERS} answers can be added at once.`),
});

/** Adds the practice answers a guest gave on this device to the signed-in account, once per claim id. */
export const claimGuestProgressAction = userAction(claimGuestProgressSchema, async ({ claimId, answers }, user) => {
  const { claimed, attempts, answers: added } = await claimGuestProgress(user.id, claimId, answers);
  return { claimed, attempts, answers: added };
});
