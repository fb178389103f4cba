import type { StoredQuestion } from "@/lib/quiz/types";

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
