/**
 * One assignment's report as its teacher reads it, as pure functions of rows already
 * read: each assigned student's status, grade and attempts; the attempt per student
 * that item analysis reads; the per-question analysis from grouped responses (a GROUP
 * BY in SQL, so a class's answers are never loaded one by one); and the page of
 * students the teacher is looking at. No I/O: every figure is unit-tested.
 */
import { z } from "zod";
import { describeResponse } from "@/lib/quiz/stored";
import { effectiveDueAt, percentOf, type ScoringRule } from "@/lib/quiz/policy";
import { toKeyedQuestion } from "@/lib/quiz/rows";
import type { AnyResponse } from "@/lib/quiz/types";
import { analyseItemGroups, rollUp, type GroupCredit, type ItemMeta, type ResponseGroup } from "@/lib/stats/item-analysis";
import { DEFAULT_PAGE_SIZE, hrefWith, paginate, pagingSchema } from "./paging";
import { analysedAttempt, gradeFor } from "./scoring";
import { assignmentStatus, closeAtFor, STATUS_LABEL, type AssignmentStatus } from "./status";

export type ReportStudent = { id: string; name: string; email: string };
export type ReportAttempt = { id: string; userId: string; status: "IN_PROGRESS" | "SUBMITTED"; startedAt: Date; submittedAt: Date | null; score: number | null; maxScore: number };
export type ReportExtension = { userId: string; dueAt: Date | null; extraTimeSec: number; extraAttempts: number };
export type ReportOverride = { userId: string; percent: number; reason: string };
export type ReportRules = { openAt: Date; dueAt: Date; closeAt: Date | null; scoringRule: ScoringRule; targeted: boolean };

/** Each assigned student's row, in the class's order: status, grade, submitted attempts and the attempt analysed. */
export function reportRows(input: {
  now: Date;
  rules: ReportRules;
  /** The class's students; a targeted assignment keeps only `targets`. */
  students: ReportStudent[];
  targets: ReadonlySet<string> | null;
  attempts: ReportAttempt[];
  extensions: ReportExtension[];
  overrides: ReportOverride[];
}) {
  const { now, rules } = input;
  const extensionOf = new Map(input.extensions.map((e) => [e.userId, e]));
  const overrideOf = new Map(input.overrides.map((o) => [o.userId, o]));
  const attemptsOf = new Map<string, ReportAttempt[]>();
  for (const a of [...input.attempts].sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime())) {
    const group = attemptsOf.get(a.userId);
    if (group) group.push(a);
    else attemptsOf.set(a.userId, [a]);
  }
  return input.students
    .filter((s) => !input.targets || input.targets.has(s.id))
    .map((student) => {
      const mine = attemptsOf.get(student.id) ?? [];
      const extension = extensionOf.get(student.id) ?? null;
      const override = overrideOf.get(student.id) ?? null;
      const submitted = mine.flatMap((a) => (a.status === "SUBMITTED" && a.submittedAt ? [{ id: a.id, submittedAt: a.submittedAt, percent: percentOf(a.score ?? 0, a.maxScore) }] : []));
      const dueAt = effectiveDueAt(rules.dueAt, extension?.dueAt);
      return {
        student,
        status: assignmentStatus({ now, openAt: rules.openAt, dueAt: rules.dueAt, extendedDueAt: extension?.dueAt, attempts: mine }),
        dueAt,
        closeAt: closeAtFor(rules.closeAt, extension?.dueAt),
        extension,
        override,
        grade: gradeFor(submitted, rules.scoringRule, override?.percent ?? null),
        attempts: submitted.map((a) => ({ id: a.id, submittedAt: a.submittedAt, percent: a.percent, late: a.submittedAt > dueAt })),
        analysed: analysedAttempt(submitted, rules.scoringRule),
      };
    });
}

export type ReportRow = ReturnType<typeof reportRows>[number];

/** A question as the report shows it, with its key, to mark the right options. */
export type ReportQuestion = ItemMeta & { key: string; position: number; type: string; prompt: string; content: unknown; answerKey: unknown };
export type VoidRow = { questionId: string; mode: "FULL_CREDIT" | "EXCLUDE"; reason: string };

const TRUE_FALSE = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

/**
 * The item analysis over the whole class: per question, its statistics, how often each
 * option was chosen (the key marked) and the most common wrong answers described; and the
 * same rolled up per paragraph, fact and learning objective.
 */
export function reportAnalysis(input: { questions: ReportQuestion[]; groups: ResponseGroup[]; totals: Map<string, number>; groupCredits: GroupCredit[]; voids: VoidRow[] }) {
  const { questions, groups } = input;
  const stats = new Map(analyseItemGroups(questions, groups, input.totals, input.groupCredits).map((s) => [s.questionId, s]));
  const voidOf = new Map(input.voids.map((v) => [v.questionId, v]));
  const items = questions.map(({ answerKey, ...q }) => {
    const keyed = toKeyedQuestion({ id: q.id, type: q.type, content: q.content, answerKey });
    const s = stats.get(q.id)!;
    const options = keyed.type === "single" || keyed.type === "multiple" ? keyed.content.options : keyed.type === "true_false" ? TRUE_FALSE : [];
    const isKey = (id: string) =>
      keyed.type === "single" ? keyed.answerKey.optionId === id : keyed.type === "multiple" ? keyed.answerKey.optionIds.includes(id) : keyed.type === "true_false" && String(keyed.answerKey.value) === id;
    return {
      ...q,
      stats: s,
      void: voidOf.get(q.id) ?? null,
      options: options.map((o) => ({ text: o.text, count: s.optionCounts[o.id] ?? 0, correct: isKey(o.id) })),
      commonWrong: s.commonWrong.map((w) => ({ count: w.count, text: describeResponse(keyed, (s.examples[w.response] ?? null) as AnyResponse | null).join("; ") })),
    };
  });
  const byRef = rollUp(questions, groups, "refs");
  return {
    items,
    byParagraph: byRef.filter((r) => r.key.startsWith("p")),
    byFact: byRef.filter((r) => r.key.startsWith("fact:")),
    byObjective: rollUp(questions, groups, "objective"),
  };
}

export type StudentFilter = { q: string; status: AssignmentStatus | "any" };

/** The report's students whose name or email contains `q` and who have `status`. */
export function filterReportRows(rows: ReportRow[], { q, status }: StudentFilter): ReportRow[] {
  const query = q.trim().toLowerCase();
  return rows.filter((r) => (!query || r.student.name.toLowerCase().includes(query) || r.student.email.toLowerCase().includes(query)) && (status === "any" || r.status === status));
}

/** How many students have each status, for the filter's options. */
export function statusCounts(rows: ReportRow[]): Record<AssignmentStatus, number> {
  const counts = Object.fromEntries(Object.keys(STATUS_LABEL).map((s) => [s, 0])) as Record<AssignmentStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

const STATUS_KEYS = ["any", ...(Object.keys(STATUS_LABEL) as AssignmentStatus[])] as const;

/** The students section's view from the URL: a name filter, a status, the page and its size. */
export const reportQuerySchema = z.object({
  q: z.string().max(100).catch(""),
  status: z.enum(STATUS_KEYS).catch("any"),
  ...pagingSchema,
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** One page of the report's students, and links that keep the rest of the view. */
export function reportStudentsView(rows: ReportRow[], query: ReportQuery) {
  const page = paginate(filterReportRows(rows, query), query.page, query.size);
  const current = { q: query.q, status: query.status, page: page.page, size: page.size };
  const defaults = { q: "", status: "any", page: 1, size: DEFAULT_PAGE_SIZE };
  return {
    page,
    filtered: query.q !== "" || query.status !== "any",
    counts: statusCounts(rows),
    href: (changes: Partial<Record<keyof typeof current, string | number>>) => `${hrefWith(current, defaults, { ...("page" in changes ? {} : { page: 1 }), ...changes })}#students-heading`,
  };
}

export type ReportStudentsView = ReturnType<typeof reportStudentsView>;
