import "server-only";
import { db } from "@/lib/db";
import { blockedBy, soleTaughtClasses } from "./delete";

/** The account page: when the account was made, how much is stored about it, and what would stop its deletion. */
export async function getAccountOverview(userId: string) {
  const [user, classes, attempts, answers, reviewItems, sole] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { createdAt: true } }),
    db.classMembership.count({ where: { userId } }),
    db.attempt.count({ where: { userId } }),
    db.answer.count({ where: { attempt: { userId } } }),
    db.reviewItem.count({ where: { userId } }),
    soleTaughtClasses(userId),
  ]);
  if (!user) return null;
  return {
    createdAt: user.createdAt,
    stored: { classes, attempts, answers, reviewItems },
    blockedBy: blockedBy(sole),
    /** Classes this user alone teaches that have no students: they go with the account. */
    emptyClasses: sole.filter((c) => c.students === 0).map((c) => c.name),
  };
}
