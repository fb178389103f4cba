/**
 * Responses built from a question's key: the full-credit one, and one that earns less than full
 * credit. For the demo term, the tests and the benchmark, which answer like students without a
 * browser. Pure; never sent to a browser.
 */
import { CATEGORIES, type AnyResponse, type StoredQuestion } from "./types";

/** A response that earns full credit. */
export function rightResponse(q: StoredQuestion): AnyResponse {
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
      return { text: q.answerKey.accepted[0]! };
    case "numeric":
      return { value: String(q.answerKey.value) };
    case "classification":
      return { labels: q.answerKey.labels };
  }
}

/** A valid response that does not earn full credit; `pick` chooses among the wrong options. */
export function wrongResponse(q: StoredQuestion, pick: (n: number) => number = () => 0): AnyResponse {
  const rotate = <T>(items: T[]) => (items.length > 1 ? [...items.slice(1), items[0]!] : items);
  switch (q.type) {
    case "single": {
      const wrong = q.content.options.filter((o) => o.id !== q.answerKey.optionId);
      return { optionId: wrong[pick(wrong.length)]!.id };
    }
    case "true_false":
      return { value: !q.answerKey.value };
    case "multiple": {
      const wrong = q.content.options.filter((o) => !q.answerKey.optionIds.includes(o.id));
      return { optionIds: wrong.length ? [wrong[pick(wrong.length)]!.id] : q.answerKey.optionIds.slice(1) };
    }
    case "ordering":
      return { order: rotate(q.answerKey.order) };
    case "matching": {
      const prompts = Object.keys(q.answerKey.matches);
      const rights = rotate(prompts.map((p) => q.answerKey.matches[p]!));
      return { matches: Object.fromEntries(prompts.map((p, i) => [p, rights[i]!])) };
    }
    case "short_text":
      return { text: "I am not sure" };
    case "numeric":
      return { value: String(q.answerKey.value + q.answerKey.tolerance + 1000) };
    case "classification": {
      const next = (c: (typeof CATEGORIES)[number]) => CATEGORIES[(CATEGORIES.indexOf(c) + 1) % CATEGORIES.length]!;
      return { labels: Object.fromEntries(Object.entries(q.answerKey.labels).map(([id, label]) => [id, next(label)])) };
    }
  }
}
