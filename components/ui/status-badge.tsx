import { STATUS_LABEL, type AssignmentStatus } from "@/lib/assignments/status";

const TONE: Record<AssignmentStatus, string> = {
  not_open: "badge",
  not_started: "badge",
  in_progress: "badge badge--accent",
  submitted: "badge badge--good",
  late: "badge badge--warn",
  missing: "badge badge--bad",
};

/** A student's status on an assignment: the words carry the meaning, the colour repeats it. */
export function StatusBadge({ status }: { status: AssignmentStatus }) {
  return (
    <span className={TONE[status]} data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}
