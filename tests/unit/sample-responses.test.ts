import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { toStoredQuestion } from "@/lib/content/stored-question";
import { gradeResponse } from "@/lib/quiz/grading";
import { rightResponse, wrongResponse } from "@/lib/quiz/sample-responses";

const course = loadCourse();
let n = 0;
const questions = course.lessons.flatMap((l) => l.questions.map((q) => ({ key: q.id, stored: toStoredQuestion(q, () => `c${n++}`) })));

describe("responses built from the key, for every question of the course", () => {
  it.each(questions.map((q) => [q.key, q.stored] as const))("%s: the right one earns full credit, the wrong one does not", (_key, stored) => {
    expect(gradeResponse(stored, rightResponse(stored))).toMatchObject({ correct: true, credit: 1 });
    expect(gradeResponse(stored, wrongResponse(stored)).correct).toBe(false);
  });
});
