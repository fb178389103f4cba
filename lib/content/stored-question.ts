import type { Choice, StoredQuestion } from "@/lib/quiz/types";
import type { Question } from "./schema";

/**
 * Turns an authored question into its stored form. Every choice gets a fresh
 * opaque id from `newId`: authors name options "a", "b", "c" in their correct
 * order, and those names must never reach the browser.
 */
export function toStoredQuestion(q: Question, newId: () => string): StoredQuestion {
  const rename = <T extends { id: string }>(items: T[]) => {
    const ids = new Map(items.map((i) => [i.id, newId()]));
    return { id: (old: string) => ids.get(old) as string, ids };
  };
  switch (q.type) {
    case "single": {
      const map = rename(q.options);
      return { type: q.type, content: { options: q.options.map((o) => ({ id: map.id(o.id), text: o.text })) }, answerKey: { optionId: map.id(q.answer) } };
    }
    case "multiple": {
      const map = rename(q.options);
      return {
        type: q.type,
        content: { options: q.options.map((o) => ({ id: map.id(o.id), text: o.text })) },
        answerKey: { optionIds: q.answer.map(map.id) },
      };
    }
    case "true_false":
      return { type: q.type, content: {}, answerKey: { value: q.answer } };
    case "ordering": {
      const items: Choice[] = q.items.map((i) => ({ id: newId(), text: i.text }));
      return { type: q.type, content: { items }, answerKey: { order: items.map((i) => i.id) } };
    }
    case "matching": {
      const prompts: Choice[] = q.pairs.map((p) => ({ id: newId(), text: p.left }));
      const answers: Choice[] = q.pairs.map((p) => ({ id: newId(), text: p.right }));
      const distractors: Choice[] = q.distractors.map((text) => ({ id: newId(), text }));
      return {
        type: q.type,
        content: { prompts, choices: [...answers, ...distractors] },
        answerKey: { matches: Object.fromEntries(prompts.map((p, i) => [p.id, answers[i]!.id])) },
      };
    }
    case "short_text":
      return { type: q.type, content: q.placeholder ? { placeholder: q.placeholder } : {}, answerKey: { accepted: q.accepted } };
    case "numeric":
      return { type: q.type, content: q.unit ? { unit: q.unit } : {}, answerKey: { value: q.answer, tolerance: q.tolerance } };
    case "classification": {
      const statements = q.statements.map((s) => ({ id: newId(), text: s.text, answer: s.answer }));
      return {
        type: q.type,
        content: { statements: statements.map(({ id, text }) => ({ id, text })) },
        answerKey: { labels: Object.fromEntries(statements.map((s) => [s.id, s.answer])) },
      };
    }
  }
}
