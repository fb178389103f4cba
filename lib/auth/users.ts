import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { plainText } from "@/lib/validation";
import { hashPassword } from "./password";
import { newPasswordSchema } from "./password-policy";

// No composition rules: length is what matters, and not being a common password (lib/auth/password-policy.ts).
export const signUpSchema = z.object({
  name: plainText().trim().min(1, "Enter the name your teacher will see.").max(80, "Use at most 80 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  password: newPasswordSchema,
  role: z.enum(["STUDENT", "TEACHER"], { message: "Choose student or teacher." }),
});

export async function createUser(input: z.infer<typeof signUpSchema>): Promise<{ id: string }> {
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash: await hashPassword(input.password) },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError("conflict", "An account with this email already exists. Sign in instead.", "email");
    throw error;
  }
}
