/**
 * Item analysis for one assignment: pure functions of the counted attempts.
 * No I/O, so every figure can be checked by hand in tests/unit/item-analysis.test.ts.
 *
 * - Facility: the mean credit on the question, as a percentage (100 = everyone fully right).
 * - Discrimination index (Kelley's upper–lower 27 %): students are ranked by their total
 *   score; D = mean credit of the top 27 % minus that of the bottom 27 % (each group at
 *   least one student). It runs from −1 to 1. It is undefined, and reported as such, with
 *   fewer than 2 students or when every student has the same total.
 */

export type ItemResponse = {
  studentId: string;
  questionId: string;
  /** Share of the question's points earned, 0 to 1. */
  credit: number;
  /** The response as saved, for option counts and common wrong answers. */
  response: unknown;
};

export type ItemMeta = { id: string; refs: string[]; objective: string };

export type Discrimination = { value: number; reason: null } | { value: null; reason: "too few students" | "no variation in total scores" };

export type ItemStats = {
  questionId: string;
  responses: number;
  facility: number | null;
  discrimination: Discrimination;
  /** How many responses chose each option id (single, multiple, true/false). */
  optionCounts: Record<string, number>;
  /** The most common responses that earned less than full credit, most frequent first. */
  commonWrong: { response: string; count: number }[];
};

const round = (x: number, places = 1) => Math.round(x * 10 ** places) / 10 ** places;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** The upper and lower groups: the top and bottom 27 % of students by total, at least one each. */
export function upperLowerGroups(totals: Map<string, number>): { upper: Set<string>; lower: Set<string> } | null {
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2) return null;
  if (ranked[0]![1] === ranked[ranked.length - 1]![1]) return null;
  const size = Math.max(1, Math.round(ranked.length * 0.27));
  return { upper: new Set(ranked.slice(0, size).map(([id]) => id)), lower: new Set(ranked.slice(-size).map(([id]) => id)) };
}

/** A stable text for a response, so equal answers count together. */
export function responseKey(response: unknown): string {
  if (response && typeof response === "object" && "text" in response) return String((response as { text: unknown }).text).trim().toLowerCase().replace(/\s+/g, " ");
  return stableStringify(response);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

function optionsChosen(response: unknown): string[] {
  if (!response || typeof response !== "object") return [];
  const r = response as { optionId?: string; optionIds?: string[]; value?: unknown };
  if (typeof r.optionId === "string") return [r.optionId];
  if (Array.isArray(r.optionIds)) return r.optionIds;
  if (typeof r.value === "boolean") return [String(r.value)];
  return [];
}

export function analyseItems(questions: ItemMeta[], responses: ItemResponse[]): ItemStats[] {
  const totals = new Map<string, number>();
  for (const r of responses) totals.set(r.studentId, (totals.get(r.studentId) ?? 0) + r.credit);
  const groups = upperLowerGroups(totals);
  const students = totals.size;

  const byQuestion = new Map<string, ItemResponse[]>(questions.map((q) => [q.id, []]));
  for (const r of responses) byQuestion.get(r.questionId)?.push(r);

  return questions.map((q) => {
    const mine = byQuestion.get(q.id)!;
    const creditOf = new Map(mine.map((r) => [r.studentId, r.credit]));
    const optionCounts: Record<string, number> = {};
    for (const r of mine) for (const o of optionsChosen(r.response)) optionCounts[o] = (optionCounts[o] ?? 0) + 1;
    const wrong = new Map<string, number>();
    for (const r of mine.filter((r) => r.credit < 1)) wrong.set(responseKey(r.response), (wrong.get(responseKey(r.response)) ?? 0) + 1);

    let discrimination: Discrimination;
    if (students < 2) discrimination = { value: null, reason: "too few students" };
    else if (!groups) discrimination = { value: null, reason: "no variation in total scores" };
    else {
      const credit = (group: Set<string>) => mean([...group].map((s) => creditOf.get(s) ?? 0));
      discrimination = { value: round(credit(groups.upper) - credit(groups.lower), 2), reason: null };
    }
    return {
      questionId: q.id,
      responses: mine.length,
      facility: mine.length ? round(mean(mine.map((r) => r.credit)) * 100) : null,
      discrimination,
      optionCounts,
      commonWrong: [...wrong.entries()]
        .map(([response, count]) => ({ response, count }))
        .sort((a, b) => b.count - a.count || a.response.localeCompare(b.response))
        .slice(0, 3),
    };
  });
}

export type RollUp = { key: string; questions: number; responses: number; facility: number | null };

/**
 * Facility rolled up to each source paragraph or fact (`by: "refs"`) or each
 * learning objective: the mean credit over every response to the questions
 * that cite it, so a teacher sees which parts of the article the class misread.
 */
export function rollUp(questions: ItemMeta[], responses: ItemResponse[], by: "refs" | "objective"): RollUp[] {
  const keysOf = (q: ItemMeta) => (by === "refs" ? q.refs : [q.objective]);
  const groups = new Map<string, { questions: Set<string>; credits: number[] }>();
  const byQuestion = new Map(questions.map((q) => [q.id, q]));
  for (const q of questions) for (const key of keysOf(q)) if (!groups.has(key)) groups.set(key, { questions: new Set(), credits: [] });
  for (const q of questions) for (const key of keysOf(q)) groups.get(key)!.questions.add(q.id);
  for (const r of responses) {
    const q = byQuestion.get(r.questionId);
    if (q) for (const key of keysOf(q)) groups.get(key)!.credits.push(r.credit);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, questions: g.questions.size, responses: g.credits.length, facility: g.credits.length ? round(mean(g.credits) * 100) : null }))
    .sort((a, b) => (a.facility ?? 101) - (b.facility ?? 101) || a.key.localeCompare(b.key));
}
