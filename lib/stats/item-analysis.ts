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
  /** For each of commonWrong, one response as a student gave it, to describe it. */
  examples: Record<string, unknown>;
};

const round = (x: number, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

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

/**
 * Responses to one question that gave the same answer, counted together: what a
 * GROUP BY over the answers returns, so a class's analysis needs no row per answer.
 */
export type ResponseGroup = {
  questionId: string;
  /** The response as saved; null for a question left unanswered. */
  response: unknown;
  count: number;
  /** The sum of the responses' credit. */
  credit: number;
  /** How many of them earned less than full credit. */
  wrong: number;
};

/** Each question's summed credit in the upper and the lower group (students without a response add 0). */
export type GroupCredit = { questionId: string; upper: number; lower: number };

/** Sums per student, for the upper–lower groups. A total is rounded so that adding the same credits in another order ranks the same. */
export const roundTotal = (total: number) => Math.round(total * 1e9) / 1e9;

/**
 * The item statistics from grouped responses: `totals` holds each student's total
 * (in the class's order, which breaks ties), `groupCredits` the credit of the upper
 * and lower groups that `upperLowerGroups(totals)` chose, per question.
 */
export function analyseItemGroups(questions: ItemMeta[], groups: ResponseGroup[], totals: Map<string, number>, groupCredits: GroupCredit[]): ItemStats[] {
  const students = totals.size;
  const ranked = upperLowerGroups(totals);
  const byQuestion = new Map<string, ResponseGroup[]>(questions.map((q) => [q.id, []]));
  for (const g of groups) byQuestion.get(g.questionId)?.push(g);
  const creditOf = new Map(groupCredits.map((g) => [g.questionId, g]));

  return questions.map((q) => {
    const mine = byQuestion.get(q.id)!;
    const optionCounts: Record<string, number> = {};
    const wrong = new Map<string, { count: number; example: unknown; exampleCount: number }>();
    let responses = 0;
    let credit = 0;
    for (const g of mine) {
      responses += g.count;
      credit += g.credit;
      for (const o of optionsChosen(g.response)) optionCounts[o] = (optionCounts[o] ?? 0) + g.count;
      if (g.wrong === 0) continue;
      const key = responseKey(g.response);
      const w = wrong.get(key) ?? { count: 0, example: g.response, exampleCount: 0 };
      w.count += g.wrong;
      // The way most students wrote it stands for the answers that count together.
      if (g.wrong > w.exampleCount) Object.assign(w, { example: g.response, exampleCount: g.wrong });
      wrong.set(key, w);
    }

    let discrimination: Discrimination;
    if (students < 2) discrimination = { value: null, reason: "too few students" };
    else if (!ranked) discrimination = { value: null, reason: "no variation in total scores" };
    else {
      const c = creditOf.get(q.id) ?? { upper: 0, lower: 0 };
      discrimination = { value: round(c.upper / ranked.upper.size - c.lower / ranked.lower.size, 2), reason: null };
    }
    const commonWrong = [...wrong.entries()]
      .map(([response, w]) => ({ response, count: w.count }))
      .sort((a, b) => b.count - a.count || a.response.localeCompare(b.response))
      .slice(0, 3);
    return {
      questionId: q.id,
      responses,
      facility: responses ? round((credit / responses) * 100) : null,
      discrimination,
      optionCounts,
      commonWrong,
      examples: Object.fromEntries(commonWrong.map((w) => [w.response, wrong.get(w.response)!.example])),
    };
  });
}

/** Individual responses grouped as the database groups them: by question and response. */
export function groupResponses(responses: ItemResponse[]): ResponseGroup[] {
  const groups = new Map<string, ResponseGroup>();
  for (const r of responses) {
    const id = `${r.questionId}\u0000${stableStringify(r.response)}`;
    const g = groups.get(id) ?? { questionId: r.questionId, response: r.response, count: 0, credit: 0, wrong: 0 };
    g.count++;
    g.credit += r.credit;
    if (r.credit < 1) g.wrong++;
    groups.set(id, g);
  }
  return [...groups.values()];
}

/** Each student's total credit, in the order the responses come. */
export function totalsOf(responses: ItemResponse[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of responses) totals.set(r.studentId, (totals.get(r.studentId) ?? 0) + r.credit);
  for (const [id, t] of totals) totals.set(id, roundTotal(t));
  return totals;
}

/** The item statistics from individual responses (tests, and small reads). */
export function analyseItems(questions: ItemMeta[], responses: ItemResponse[]): ItemStats[] {
  const totals = totalsOf(responses);
  const ranked = upperLowerGroups(totals);
  const groupCredits = new Map<string, GroupCredit>();
  if (ranked)
    for (const r of responses) {
      const g = groupCredits.get(r.questionId) ?? { questionId: r.questionId, upper: 0, lower: 0 };
      if (ranked.upper.has(r.studentId)) g.upper += r.credit;
      if (ranked.lower.has(r.studentId)) g.lower += r.credit;
      groupCredits.set(r.questionId, g);
    }
  return analyseItemGroups(questions, groupResponses(responses), totals, [...groupCredits.values()]);
}

export type RollUp = { key: string; questions: number; responses: number; facility: number | null };

/**
 * Facility rolled up to each source paragraph or fact (`by: "refs"`) or each
 * learning objective: the mean credit over every response to the questions
 * that cite it, so a teacher sees which parts of the article the class misread.
 */
export function rollUp(questions: ItemMeta[], responses: ItemResponse[] | ResponseGroup[], by: "refs" | "objective"): RollUp[] {
  const keysOf = (q: ItemMeta) => (by === "refs" ? q.refs : [q.objective]);
  const groups = new Map<string, { questions: Set<string>; responses: number; credit: number }>();
  const byQuestion = new Map(questions.map((q) => [q.id, q]));
  for (const q of questions) for (const key of keysOf(q)) if (!groups.has(key)) groups.set(key, { questions: new Set(), responses: 0, credit: 0 });
  for (const q of questions) for (const key of keysOf(q)) groups.get(key)!.questions.add(q.id);
  for (const r of responses) {
    const q = byQuestion.get(r.questionId);
    const count = "count" in r ? r.count : 1;
    if (q)
      for (const key of keysOf(q)) {
        const g = groups.get(key)!;
        g.responses += count;
        g.credit += r.credit;
      }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, questions: g.questions.size, responses: g.responses, facility: g.responses ? round((g.credit / g.responses) * 100) : null }))
    .sort((a, b) => (a.facility ?? 101) - (b.facility ?? 101) || a.key.localeCompare(b.key));
}
