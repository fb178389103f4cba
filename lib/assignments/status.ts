import { effectiveDueAt } from "@/lib/quiz/policy";

/**
 * A student's status on one assignment, as a pure function of the clock, the
 * assignment's dates, the student's extension and their attempts.
 */
export type AssignmentStatus = "not_open" | "not_started" | "in_progress" | "submitted" | "late" | "missing";

export type StatusInput = {
  now: Date;
  openAt: Date;
  dueAt: Date;
  /** A per-student later due date, from an extension. */
  extendedDueAt?: Date | null;
  attempts: { status: "IN_PROGRESS" | "SUBMITTED"; submittedAt: Date | null }[];
};

/** "Missing" means past the (extended) due date with nothing submitted, even if late work is still accepted until the close date. */
export function assignmentStatus({ now, openAt, dueAt, extendedDueAt, attempts }: StatusInput): AssignmentStatus {
  const due = effectiveDueAt(dueAt, extendedDueAt);
  const submitted = attempts.filter((a) => a.status === "SUBMITTED" && a.submittedAt);
  if (submitted.some((a) => a.submittedAt! <= due)) return "submitted";
  if (submitted.length > 0) return "late";
  if (attempts.some((a) => a.status === "IN_PROGRESS")) return "in_progress";
  if (now < openAt) return "not_open";
  if (now > due) return "missing";
  return "not_started";
}

export const STATUS_LABEL: Record<AssignmentStatus, string> = {
  not_open: "Not open yet",
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
};

/** The close date for one student: an extension past the close date moves it to the extended due date. */
export function closeAtFor(closeAt: Date | null, extendedDueAt?: Date | null): Date | null {
  return closeAt && extendedDueAt && extendedDueAt > closeAt ? extendedDueAt : closeAt;
}

/** Whether a student may still start or continue work: open, and not past the close date (extended by an extension). */
export function acceptsWork(now: Date, openAt: Date, closeAt: Date | null, extendedDueAt?: Date | null): boolean {
  if (now < openAt) return false;
  const close = closeAtFor(closeAt, extendedDueAt);
  return close === null || now <= close;
}
