import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { isTeacher } from "./roles";

export type CurrentUser = { id: string; name: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN" };

/** The signed-in user, read from the database once per request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true } });
});

/** For pages and layouts: the user, or a redirect to sign-in. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For teacher pages: a teacher or admin; anyone else sees "not found". */
export async function requireTeacher(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!isTeacher(user)) notFound();
  return user;
}
