/**
 * The class gradebook, students × assignments, as a pure function of rows
 * already read from the database: no I/O, so the 1,000-student dashboard runs
 * the same few queries whatever its size, and every figure is unit-tested.
 */
import { percentOf, type ScoringRule } from "@/lib/quiz/policy";
import { gradeFor, type Grade, type SubmittedAttempt } from "./scoring";
import { effectiveDueAt } from "@/lib/quiz/policy";
import { assignmentStatus, type AssignmentStatus } from "./status";

export type GradebookStudent = { id: string; name: string; email: string };

export type GradebookAssignment = {
  id: string;
  title: string;
  openAt: Date;
  dueAt: Date;
  closeAt: Date | null;
  scoringRule: ScoringRule;
  /** Null when the whole class is assigned; otherwise the chosen students. */
  targets: ReadonlySet<string> | null;
  /** Per-student later due dates, from extensions. */
  extendedDueAt: ReadonlyMap<string, Date>;
};

export type GradebookAttempt = {
  id: string;
  assignmentId: string;
  userId: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
};

export type GradebookOverride = { assignmentId: string; userId: string; percent: number };

export type Cell = {
  status: AssignmentStatus;
  grade: Grade;
  /** True when the work that counts came in after the (extended) due date. */
  late: boolean;
  submittedAttempts: number;
  /** The first submission, for completion over time. */
  firstSubmittedAt: Date | null;
  dueAt: Date;
};

export type GradebookRow = {
  student: GradebookStudent;
  /** By assignment id; absent when the assignment is not for this student. */
  cells: Record<string, Cell>;
  /** The mean of the student's grades, over assignments with a grade. */
  average: number | null;
};

export type GradebookColumn = {
  id: string;
  title: string;
  dueAt: Date;
  assigned: number;
  /** Students with a submitted attempt, on time or late. */
  completed: number;
  late: number;
  missing: number;
  completion: number | null;
  /** The mean grade of students who have one. */
  average: number | null;
};

export type Gradebook = { columns: GradebookColumn[]; rows: GradebookRow[] };

export function buildGradebook(input: {
  now: Date;
  students: GradebookStudent[];
  assignments: GradebookAssignment[];
  attempts: GradebookAttempt[];
  overrides: GradebookOverride[];
}): Gradebook {
  // Attempts and overrides by assignment, then by student: a class's thousands of
  // attempts are looked up without building a string key per cell.
  const attemptsBy = new Map<string, Map<string, GradebookAttempt[]>>(input.assignments.map((a) => [a.id, new Map()]));
  for (const a of input.attempts) {
    const byStudent = attemptsBy.get(a.assignmentId);
    if (!byStudent) continue;
    const group = byStudent.get(a.userId);
    if (group) group.push(a);
    else byStudent.set(a.userId, [a]);
  }
  const overrideBy = new Map<string, Map<string, number>>(input.assignments.map((a) => [a.id, new Map()]));
  for (const o of input.overrides) overrideBy.get(o.assignmentId)?.set(o.userId, o.percent);

  const rows: GradebookRow[] = input.students.map((student) => {
    const cells: Record<string, Cell> = {};
    let sum = 0;
    let graded = 0;
    for (const assignment of input.assignments) {
      if (assignment.targets && !assignment.targets.has(student.id)) continue;
      const mine = attemptsBy.get(assignment.id)!.get(student.id) ?? [];
      const extended = assignment.extendedDueAt.get(student.id) ?? null;
      const dueAt = effectiveDueAt(assignment.dueAt, extended);
      const submitted: SubmittedAttempt[] = [];
      let first: Date | null = null;
      for (const a of mine)
        if (a.status === "SUBMITTED" && a.submittedAt) {
          submitted.push({ id: a.id, submittedAt: a.submittedAt, percent: percentOf(a.score ?? 0, a.maxScore) });
          if (!first || a.submittedAt < first) first = a.submittedAt;
        }
      const status = assignmentStatus({ now: input.now, openAt: assignment.openAt, dueAt: assignment.dueAt, extendedDueAt: extended, attempts: mine });
      const grade = gradeFor(submitted, assignment.scoringRule, overrideBy.get(assignment.id)!.get(student.id) ?? null);
      if (grade) {
        sum += grade.percent;
        graded++;
      }
      cells[assignment.id] = { status, grade, late: status === "late", submittedAttempts: submitted.length, firstSubmittedAt: first, dueAt };
    }
    return { student, cells, average: graded ? Math.round((sum / graded) * 10) / 10 : null };
  });

  const columns: GradebookColumn[] = input.assignments.map((assignment) => {
    let assigned = 0;
    let completed = 0;
    let late = 0;
    let missing = 0;
    let sum = 0;
    let graded = 0;
    for (const r of rows) {
      const c = r.cells[assignment.id];
      if (!c) continue;
      assigned++;
      if (c.status === "submitted" || c.status === "late") completed++;
      if (c.late) late++;
      if (c.status === "missing") missing++;
      if (c.grade) {
        sum += c.grade.percent;
        graded++;
      }
    }
    return {
      id: assignment.id,
      title: assignment.title,
      dueAt: assignment.dueAt,
      assigned,
      completed,
      late,
      missing,
      completion: assigned ? Math.round((completed / assigned) * 1000) / 10 : null,
      average: graded ? Math.round((sum / graded) * 10) / 10 : null,
    };
  });
  return { columns, rows };
}

export type SortKey = "name" | "average" | `a:${string}`;
export type FilterStatus = AssignmentStatus | "any";

/** The same order as String#localeCompare, with the collator made once (a class is sorted on every view). */
const byName = new Intl.Collator();

/** Rows in the teacher's chosen order; students with no value sort last either way. */
export function sortRows(rows: GradebookRow[], key: SortKey, dir: "asc" | "desc"): GradebookRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const value = (r: GradebookRow): number | null => (key === "average" ? r.average : key.startsWith("a:") ? (r.cells[key.slice(2)]?.grade?.percent ?? null) : null);
  return [...rows].sort((a, b) => {
    if (key !== "name") {
      const va = value(a);
      const vb = value(b);
      if (va === null && vb !== null) return 1;
      if (vb === null && va !== null) return -1;
      if (va !== null && vb !== null && va !== vb) return sign * (va - vb);
    }
    return (key === "name" ? sign : 1) * byName.compare(a.student.name, b.student.name);
  });
}

/** Rows whose name or email contains `query`, and with `status` on some assignment (or on `assignmentId`). */
export function filterRows(rows: GradebookRow[], { query = "", status = "any", assignmentId }: { query?: string; status?: FilterStatus; assignmentId?: string }): GradebookRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter((r) => {
    if (q && !r.student.name.toLowerCase().includes(q) && !r.student.email.toLowerCase().includes(q)) return false;
    if (status === "any") return true;
    const cells = assignmentId ? [r.cells[assignmentId]] : Object.values(r.cells);
    return cells.some((c) => c?.status === status);
  });
}
