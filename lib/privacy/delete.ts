import "server-only";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { accountCounterKeys, recordFailedSignIn, signInRetryAfterMs } from "@/lib/auth/rate-limit";
import { db, lockRow, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * Deleting an account. Every row that names the user goes with it, by the schema's cascades
 * (prisma/schema.prisma): class memberships, attempts with their questions and answers, lesson
 * progress, mastery, review items, extensions, grade overrides and audit events about them,
 * targeted assignments, guest claims. A teacher's assignments, grade overrides, voids and audit
 * events stay with the class and the students they concern, without the teacher (SetNull).
 *
 * Teachers: a class is the school's record of its students' work, so deleting a teacher's
 * account never deletes a class that has students. A teacher who is the only teacher of such a
 * class is refused until they hand it over (add a co-teacher) or remove its students. Classes
 * they alone teach that have no students go with the account: nothing of anyone else is lost.
 */

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm.").max(256, "That is not your password."),
});

export type SoleClass = { id: string; name: string; students: number };

/** The classes `userId` is the only teacher of, with how many students each has. */
export async function soleTaughtClasses(userId: string, client: Tx | typeof db = db): Promise<SoleClass[]> {
  const classes = await client.class.findMany({
    where: { members: { some: { userId, role: "TEACHER" }, none: { userId: { not: userId }, role: "TEACHER" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: { where: { role: "STUDENT" } } } } },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, students: c._count.members }));
}

/** Why this account cannot be deleted yet, or null when it can. */
export function blockedBy(classes: SoleClass[]): string | null {
  const blocking = classes.filter((c) => c.students > 0);
  if (blocking.length === 0) return null;
  const names = blocking.map((c) => `“${c.name}”`).join(", ");
  const one = blocking.length === 1;
  return `You are the only teacher of ${names}, which ${one ? "has" : "have"} students. Hand ${one ? "it" : "each"} over (add a co-teacher on the class page) or remove ${one ? "its" : "their"} students first: their work stays with the class, so the class cannot go with your account.`;
}

/** Deletes the account and everything that names it, in one transaction. The caller has checked who is asking. */
export async function deleteAccount(userId: string): Promise<{ classesDeleted: number }> {
  return db.$transaction(async (tx) => {
    await lockRow(tx, "User", userId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!user) throw new DomainError("not_found", "This account no longer exists.");
    const sole = await soleTaughtClasses(userId, tx);
    const blocked = blockedBy(sole);
    if (blocked) throw new DomainError("conflict", blocked);
    // Only classes still without students: one that a student joined meanwhile stays.
    const { count: classesDeleted } = await tx.class.deleteMany({ where: { id: { in: sole.map((c) => c.id) }, members: { none: { role: "STUDENT" } } } });
    await tx.rateLimiterFlexible.deleteMany({ where: { key: { in: accountCounterKeys(user.email) } } });
    // A course draft goes with its only author; one with co-authors stays with them.
    await tx.courseDraft.deleteMany({ where: { authors: { some: { userId }, every: { userId } } } });
    await tx.user.delete({ where: { id: userId } });
    // What the school may need to know happened, and nothing that says to whom.
    await tx.auditEvent.create({ data: { action: "account.deleted", detail: { role: user.role, classesDeleted } } });
    return { classesDeleted };
  });
}

/**
 * The account page's "Delete my account": the password confirms that the owner is at the
 * keyboard (a school computer left signed in is not enough). Wrong passwords count towards the
 * sign-in limit of the account and the address, so the form is no way round it.
 */
export async function deleteOwnAccount(user: { id: string; email: string; role: string }, password: string, ip: string): Promise<void> {
  if ((await signInRetryAfterMs(user.email, ip)) > 0) throw new DomainError("invalid", "Too many wrong passwords: wait a minute and try again. Nothing was deleted.");
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored) throw new DomainError("not_found", "This account no longer exists.");
  if (!(await verifyPassword(stored.passwordHash, password))) {
    await recordFailedSignIn(user.email, ip);
    throw new DomainError("invalid", "That is not your password. Nothing was deleted.");
  }
  const { classesDeleted } = await deleteAccount(user.id);
  log.info("account deleted", { role: user.role, classesDeleted });
}
