import { describe, expect, it } from "vitest";
import { isAnswered, responseToSend } from "@/components/quiz/question-input";
import type { QuestionDTO } from "@/lib/quiz/dto";
import { gradeInput } from "@/lib/quiz/rows";
import type { StoredQuestion } from "@/lib/quiz/types";

const items = [
  { id: "c", text: "Third" },
  { id: "a", text: "First" },
  { id: "b", text: "Second" },
];
const ordering = { id: "v1", type: "ordering", prompt: "Put them in order.", points: 1, lessonSlug: "l", content: { type: "ordering", items } } as QuestionDTO;
const single = { id: "v2", type: "single", prompt: "Pick one.", points: 1, lessonSlug: "l", content: { type: "single", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] } } as QuestionDTO;

describe("the response a card sends", () => {
  it("is, for an ordering question left as shown, the order it was shown in, and the server grades it", () => {
    expect(isAnswered(ordering, undefined)).toBe(true);
    const response = responseToSend(ordering, undefined);
    expect(response).toEqual({ order: ["c", "a", "b"] });
    const stored = { type: "ordering", content: { type: "ordering", items }, answerKey: { order: ["a", "b", "c"] } } as StoredQuestion;
    const graded = gradeInput(stored, response);
    expect(graded.ok && graded.grade.correct).toBe(false);
    expect(graded.ok).toBe(true);
  });

  it("is what the student gave when they gave something", () => {
    expect(responseToSend(ordering, { order: ["a", "b", "c"] })).toEqual({ order: ["a", "b", "c"] });
    expect(responseToSend(single, { optionId: "b" })).toEqual({ optionId: "b" });
  });

  it("is nothing for another type left unanswered, which cannot be checked", () => {
    expect(isAnswered(single, undefined)).toBe(false);
    expect(responseToSend(single, undefined)).toBeNull();
  });
});
