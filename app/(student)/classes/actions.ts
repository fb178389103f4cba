"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { joinClassByCode } from "@/lib/classes/mutations";

export const joinClassAction = userAction(
  z.object({ code: z.string().trim().min(1, "Type the join code your teacher gave you.").max(20, "A join code has 7 letters and digits.") }),
  async (input, user) => {
    const joined = await joinClassByCode(user.id, input.code);
    revalidatePath("/classes");
    return joined;
  },
  { roles: ["STUDENT"] },
);
