"use server";

import { invalidFromZod, type ActionResult } from "@/lib/actions";
import { DomainError } from "@/lib/errors";
import { createUser, signUpSchema } from "@/lib/auth/users";

export async function signUpAction(input: unknown): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidFromZod(parsed.error);
  try {
    await createUser(parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return { status: "invalid", message: error.message, fieldErrors: { email: [error.message] } };
    throw error;
  }
  return { status: "ok", data: null };
}
