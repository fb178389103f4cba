import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importGift } from "@/lib/content/gift";
import { questionSchema } from "@/lib/content/schema";

const sample = readFileSync(path.join(__dirname, "fixtures", "sample.gift"), "utf8");

describe("importGift (Moodle's GIFT format to question drafts)", () => {
  const result = importGift(sample, { objective: "know-the-treaty" });
  const draft = (id: string) => result.drafts.find((d) => d.id === id)!;

  it("converts true/false, single, multiple, numeric (exact and a range), short text and matching", () => {
    expect(result.drafts.map((d) => [d.id, d.type])).toEqual([
      ["ukraine-notice", "true_false"],
      ["bans", "single"],
      ["several", "multiple"],
      ["year", "numeric"],
      ["range", "numeric"],
      ["name", "short_text"],
      ["match", "matching"],
    ]);
    expect(draft("ukraine-notice")).toMatchObject({ answer: true, explanation: "Article 20(2) sets six months." });
    expect(draft("bans")).toMatchObject({ options: [{ id: "a", text: "Use" }, { id: "b", text: "Nothing" }, { id: "c", text: "Only transfer" }], answer: "a", explanation: "Use is named in Article 1." });
    expect(draft("several")).toMatchObject({ answer: ["a", "b"] });
    expect(draft("year")).toMatchObject({ answer: 1999, tolerance: 0 });
    expect(draft("range")).toMatchObject({ answer: 25, tolerance: 5 });
    expect(draft("name")).toMatchObject({ accepted: ["Article 20", "Art. 20", "20"] });
    expect(draft("match")).toMatchObject({
      pairs: [
        { id: "m1", left: "Article 1", right: "General obligations" },
        { id: "m2", left: "Article 2", right: "Definitions" },
        { id: "m3", left: "Article 20", right: "Withdrawal" },
      ],
      distractors: ["Entry into force"],
    });
  });

  it("takes references and the objective from Moodle tags, and the objective given for the rest", () => {
    expect(draft("ukraine-notice")).toMatchObject({ refs: ["p3", "fact:12"], objective: "explain-article-20" });
    expect(draft("bans")).toMatchObject({ refs: ["p2"], objective: "know-the-treaty" });
    expect(draft("several").refs).toBeUndefined();
    expect(importGift(sample).drafts.find((d) => d.id === "bans")!.objective).toBeUndefined();
  });

  it("lists what it could not convert, and why, instead of dropping it", () => {
    expect(result.skipped).toEqual([
      { question: "Opinion", reason: expect.stringMatching(/essay/) },
      { question: "This is only a note for the class.", reason: expect.stringMatching(/description/) },
      { question: "two-pairs", reason: "a matching question here has at least 3 pairs; this one has 2" },
    ]);
    expect(result.notes.map((n) => n.question)).toEqual(["bans", "several"]);
    expect(result.notes[0]!.reason).toContain("week-3");
  });

  it("says what each draft still needs before it can go into a lesson", () => {
    const todo = Object.fromEntries(result.todo.map((t) => [t.id, t.missing.map((m) => m.split(":")[0])]));
    expect(todo["ukraine-notice"]).toEqual(["evidence"]);
    expect(todo["several"]).toEqual(["refs", "explanation", "evidence"]);
    expect(Object.keys(todo)).toEqual(result.drafts.map((d) => d.id));
  });

  it("makes drafts that, completed as their notes ask, are valid questions of the course", () => {
    for (const d of result.drafts) {
      const completed = { refs: ["p1"], explanation: "Because the sources say so.", evidence: ["so"], ...d, ...(d.explanation ? {} : { explanation: "Because." }) };
      const parsed = questionSchema.safeParse(completed);
      expect(parsed.success, `${d.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("gives every draft its own id, and undoes Moodle's escapes and HTML", () => {
    const twice = importGift("::Same:: 1 \\= 1 {T}\n\n::Same:: [html]<b>Bold</b> claim {F}\n");
    expect(twice.drafts.map((d) => d.id)).toEqual(["same", "same-2"]);
    expect(twice.drafts.map((d) => d.prompt)).toEqual(["1 = 1", "Bold claim"]);
    expect(twice.notes).toEqual([{ question: "same-2", reason: expect.stringMatching(/HTML/) }]);
  });

  it("refuses a file that is not GIFT with the line and column of the fault", () => {
    expect(() => importGift("::Broken:: What? {=a ~b\n")).toThrow(expect.objectContaining({ location: expect.objectContaining({ start: expect.objectContaining({ line: expect.any(Number) }) }) }));
  });
});
