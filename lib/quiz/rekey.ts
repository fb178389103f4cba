// A corrected question's key, written in the choice ids of an older version, so that a response
// to the older version can be graded again with the corrected key (a regrade). Pure.
import type { Choice, StoredQuestion } from "./types";

/** The lists of choices of a question, each in its stored order. */
function choiceLists(q: StoredQuestion): Choice[][] {
  switch (q.type) {
    case "single":
    case "multiple":
      return [q.content.options];
    case "ordering":
      return [q.content.items];
    case "matching":
      return [q.content.prompts, q.content.choices];
    case "classification":
      return [q.content.statements];
    default:
      return [];
  }
}

/**
 * Pairs each choice of the new version with one of the old: the old choice with the same text;
 * then the choices left on each side in their order (a corrected typo). A choice that has no
 * partner keeps its own id, which no old response names.
 */
function pairIds(oldList: Choice[], newList: Choice[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const used = new Set<string>();
  for (const c of newList) {
    const match = oldList.find((o) => !used.has(o.id) && o.text.trim() === c.text.trim());
    if (match) {
      pairs.set(c.id, match.id);
      used.add(match.id);
    }
  }
  const leftOld = oldList.filter((o) => !used.has(o.id));
  newList.filter((c) => !pairs.has(c.id)).forEach((c, i) => leftOld[i] && pairs.set(c.id, leftOld[i].id));
  return pairs;
}

/**
 * The new version's key in the old version's ids, with the old version's content (what the
 * student saw); null when the type changed, so that an old response cannot be graded with it.
 */
export function rekeyOnto(older: StoredQuestion, newer: StoredQuestion): StoredQuestion | null {
  const ids = new Map<string, string>();
  const oldLists = choiceLists(older);
  choiceLists(newer).forEach((list, i) => pairIds(oldLists[i] ?? [], list).forEach((to, from) => ids.set(from, to)));
  const id = (x: string) => ids.get(x) ?? x;
  // What the student saw (the older content), graded by the corrected key in its ids.
  if (older.type === "single" && newer.type === "single") return { ...older, answerKey: { optionId: id(newer.answerKey.optionId) } };
  if (older.type === "multiple" && newer.type === "multiple") return { ...older, answerKey: { optionIds: newer.answerKey.optionIds.map(id) } };
  if (older.type === "ordering" && newer.type === "ordering") return { ...older, answerKey: { order: newer.answerKey.order.map(id) } };
  if (older.type === "matching" && newer.type === "matching")
    return { ...older, answerKey: { matches: Object.fromEntries(Object.entries(newer.answerKey.matches).map(([p, c]) => [id(p), id(c)])) } };
  if (older.type === "classification" && newer.type === "classification")
    return { ...older, answerKey: { labels: Object.fromEntries(Object.entries(newer.answerKey.labels).map(([st, c]) => [id(st), c])) } };
  if (older.type === "true_false" && newer.type === "true_false") return { ...older, answerKey: newer.answerKey };
  if (older.type === "short_text" && newer.type === "short_text") return { ...older, answerKey: newer.answerKey };
  if (older.type === "numeric" && newer.type === "numeric") return { ...older, answerKey: newer.answerKey };
  return null;
}
