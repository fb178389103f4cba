import { db } from "@/lib/db";
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
  return slots.map((s) => s.questionVersion as { id: string; points: number } & StoredQuestion);
}

/** A response that earns full credit. */
export function rightResponse(q: StoredQuestion): unknown {
  switch (q.type) {
    case "single":
      return { optionId: q.answerKey.optionId };
    case "true_false":
      return { value: q.answerKey.value };
    case "multiple":
      return { optionIds: q.answerKey.optionIds };
    case "ordering":
      return { order: q.answerKey.order };
    case "matching":
      return { matches: q.answerKey.matches };
    case "short_text":
      return { text: q.answerKey.accepted[0] };
    case "numeric":
      return { value: String(q.answerKey.value) };
    case "classification":
      return { labels: q.answerKey.labels };
  }
}

/** A valid response that earns no credit on a single-choice question. */
export function wrongSingle(q: StoredQuestion): unknown {
  if (q.type !== "single") throw new Error("not single");
  return { optionId: q.content.options.find((o) => o.id !== q.answerKey.optionId)!.id };
}

export const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);
