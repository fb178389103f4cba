import { db } from "@/lib/db";
import { toKeyedQuestion } from "@/lib/quiz/rows";
import type { StoredQuestion } from "@/lib/quiz/types";

let n = 0;
export const newStudent = () => db.user.create({ data: { email: `s${++n}-${Date.now()}@example.test`, name: "S", passwordHash: "x" }, select: { id: true } });

/** Reads the attempt's questions with their keys straight from the database, as only the server may. */
export async function keyedQuestions(attemptId: string) {
  const slots = await db.attemptQuestion.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { questionVersion: { select: { id: true, type: true, content: true, answerKey: true, points: true } } },
  });
  return slots.map(({ questionVersion: v }) => ({ ...toKeyedQuestion(v), id: v.id, points: v.points }));
}

/** A valid response that earns no credit on a single-choice question. */
export function wrongSingle(q: StoredQuestion): unknown {
  if (q.type !== "single") throw new Error("not single");
  return { optionId: q.content.options.find((o) => o.id !== q.answerKey.optionId)!.id };
}

export const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);
