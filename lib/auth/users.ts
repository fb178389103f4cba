import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";

// No composition rules: length is what matters (OWASP; ASVS 6.2).
export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter the name your teacher will see.").max(80, "Use at most 80 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  password: z.string().min(8, "Use at least 8 characters.").max(256, "Use at most 256 characters."),
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
