import "server-only";
import { db } from "@/lib/db";

/** Readiness: the database answers and holds the course. */
export async function readiness(): Promise<{ ok: boolean; lessons: number }> {
  const lessons = await db.lesson.count();
  return { ok: lessons > 0, lessons };
}
