/** What teachers send when they set and adjust work, validated on the server. */
import { z } from "zod";
import { idSchema, plainText, slugSchema } from "@/lib/validation";

const id = idSchema();
const reason = plainText().trim().min(3, "Give a reason: the student will see it.").max(500, "Use at most 500 characters.");
/** The browser sends dates as ISO strings with an offset, converted from the teacher's local time. */
const instant = (label: string) => z.iso.datetime({ offset: true, message: `Enter the ${label} as a date and time.` }).transform((s) => new Date(s));

export const createAssignmentSchema = z
  .object({
    classId: id,
    quizSlug: slugSchema(100, "Choose a quiz from the list.").min(1, "Choose a quiz."),
    title: plainText().trim().min(1, "Give the assignment a title.").max(120, "Use at most 120 characters."),
    openAt: instant("open date"),
    dueAt: instant("due date"),
    closeAt: instant("close date").nullable(),
    attemptsAllowed: z.number().int().min(1, "Allow at least 1 attempt.").max(10, "Allow at most 10 attempts."),
    scoringRule: z.enum(["BEST", "LAST", "AVERAGE"]),
    timeLimitMin: z.number().int().min(1, "A time limit is at least 1 minute.").max(600, "A time limit is at most 600 minutes.").nullable(),
    feedbackPolicy: z.enum(["AFTER_EACH", "AFTER_SUBMIT", "AFTER_DUE"]),
    /** Null assigns the whole class. */
    studentIds: z.array(id).max(5000).nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.dueAt <= v.openAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the open date." });
    if (v.closeAt && v.closeAt < v.dueAt) ctx.addIssue({ code: "custom", path: ["closeAt"], message: "The close date cannot be before the due date." });
    if (v.studentIds && v.studentIds.length === 0) ctx.addIssue({ code: "custom", path: ["studentIds"], message: "Choose at least one student, or assign the whole class." });
  });

export const extensionSchema = z.object({
  assignmentId: id,
  studentId: id,
  dueAt: instant("extended due date").nullable(),
  extraTimeMin: z.number().int().min(0, "Extra time cannot be negative.").max(600, "Give at most 600 extra minutes."),
  extraAttempts: z.number().int().min(0, "Extra attempts cannot be negative.").max(10, "Give at most 10 extra attempts."),
});

export const overrideGradeSchema = z.object({
  assignmentId: id,
  studentId: id,
  /** Null removes the override. */
  percent: z.number().min(0, "A grade is between 0 and 100.").max(100, "A grade is between 0 and 100.").nullable(),
  reason,
});

export const voidQuestionSchema = z.object({
  assignmentId: id,
  questionId: id,
  /** Null restores the question. */
  mode: z.enum(["FULL_CREDIT", "EXCLUDE"]).nullable(),
  reason,
});
