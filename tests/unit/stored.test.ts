import { describe, expect, it } from "vitest";
import { questionSchema } from "@/lib/content/schema";
import { toQuestionDTO } from "@/lib/quiz/present";
import { toStoredQuestion } from "@/lib/content/stored-question";
import { describeAnswer } from "@/lib/quiz/stored";

let n = 0;
const newId = () => `opaque${++n}`;

describe("stored questions", () => {
  it("replaces authored choice ids, so an ordering's ids do not spell its answer", () => {
    const q = questionSchema.parse({
      id: "t", type: "ordering", prompt: "Order", explanation: "E", refs: ["p1"], objective: "o",
      items: [{ id: "first", text: "1997" }, { id: "second", text: "1999" }, { id: "third", text: "2025" }],
    });
    const stored = toStoredQuestion(q, newId);
    expect(JSON.stringify(stored.content)).not.toMatch(/first|second|third/);
    if (stored.type !== "ordering") throw new Error("type");
    expect(stored.answerKey.order).toEqual(stored.content.items.map((i) => i.id));
    expect(describeAnswer(stored)).toEqual(["1. 1997", "2. 1999", "3. 2025"]);
  });

  it("keeps matching keys out of the public content", () => {
    const q = questionSchema.parse({
      id: "m", type: "matching", prompt: "Match", explanation: "E", refs: ["p8"], objective: "o",
      pairs: [{ id: "a", left: "Kostenko", right: "MP" }, { id: "b", left: "Bielieskov", right: "Analyst" }, { id: "c", left: "Alexei", right: "Soldier" }],
      distractors: ["Minister"],
    });
    const stored = toStoredQuestion(q, newId);
    if (stored.type !== "matching") throw new Error("type");
    expect(stored.content.choices).toHaveLength(4);
    const dto = toQuestionDTO({ id: "v1", type: stored.type, prompt: q.prompt, points: 1, content: stored.content }, stored.content.choices.map((c) => c.id).reverse(), "l");
    expect(JSON.stringify(dto)).not.toContain("matches");
    expect(dto.content.type === "matching" && dto.content.choices.map((c) => c.text)).toEqual(["Minister", "Soldier", "Analyst", "MP"]);
  });

  it("builds a DTO with the attempt's choice order and no key", () => {
    const q = questionSchema.parse({
      id: "s", type: "single", prompt: "Pick", explanation: "SECRET EXPLANATION", refs: ["p2"], objective: "o",
      options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }], answer: "b",
    });
    const stored = toStoredQuestion(q, newId);
    if (stored.type !== "single") throw new Error("type");
    const order = [stored.content.options[2]!.id, stored.content.options[0]!.id, stored.content.options[1]!.id];
    const dto = toQuestionDTO({ id: "v2", type: "single", prompt: "Pick", points: 1, content: stored.content }, order, "l");
    expect(dto.content.type === "single" && dto.content.options.map((o) => o.text)).toEqual(["C", "A", "B"]);
    expect(JSON.stringify(dto)).not.toContain(stored.answerKey.optionId + '"}');
    expect(JSON.stringify(dto)).not.toContain("SECRET");
  });
});
