/** The audit trail as a student reads it: one sentence per change a teacher made. */
import { formatDateTime } from "@/lib/format";
import { plural } from "@/lib/format";

export type AuditEntry = { action: string; reason: string | null; detail: unknown; createdAt: Date; actor: { name: string } | null };

/** Who made a change: the teacher's name, or, once they have deleted their account, no one by name. */
const FORMER_TEACHER = "A former teacher";

const MODE_TEXT: Record<string, string> = { FULL_CREDIT: "everyone gets full credit for it", EXCLUDE: "it no longer counts towards the score" };


export function describeChange({ action, reason, detail, actor: by }: AuditEntry): string {
  const actor = { name: by?.name ?? FORMER_TEACHER };
  const d = (detail ?? {}) as Record<string, unknown>;
  const because = reason ? ` Reason: ${reason}` : "";
  switch (action) {
    case "grade.override":
      return `${actor.name} set your grade to ${d.percent}%${d.previous !== null && d.previous !== undefined ? ` (it was ${d.previous}%)` : ""}.${because}`;
    case "grade.override_removed":
      return `${actor.name} removed the grade they had set; your attempts count again.${because}`;
    case "assignment.extension": {
      const parts = [
        typeof d.dueAt === "string" ? `a due date of ${formatDateTime(new Date(d.dueAt))}` : null,
        Number(d.extraTimeSec) > 0 ? `${plural(Math.round(Number(d.extraTimeSec) / 60), "extra minute")} per attempt` : null,
        Number(d.extraAttempts) > 0 ? plural(Number(d.extraAttempts), "extra attempt") : null,
      ].filter(Boolean);
      return parts.length ? `${actor.name} gave you an extension: ${parts.join(", ")}.` : `${actor.name} removed your extension.`;
    }
    case "question.void":
      return `${actor.name} voided the question “${d.prompt}”: ${MODE_TEXT[String(d.mode)] ?? "it was changed"}.${because}`;
    case "question.void_removed":
      return `${actor.name} restored the question “${d.prompt}”: it counts again as answered.${because}`;
    default:
      return `${actor.name} changed this assignment.${because}`;
  }
}
