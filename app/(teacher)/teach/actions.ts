"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { createAssignment, overrideGrade, setExtension, voidQuestion } from "@/lib/assignments/mutations";
import { createAssignmentSchema, extensionSchema, overrideGradeSchema, voidQuestionSchema } from "@/lib/assignments/schemas";
import { addCoTeacher, createClass, regenerateJoinCode, removeStudent } from "@/lib/classes/mutations";

const teachers = { roles: ["TEACHER", "ADMIN"] as ("TEACHER" | "ADMIN")[] };
const id = z.string().min(1).max(64);

export const createClassAction = userAction(
  z.object({ name: z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.") }),
  async (input, user) => {
    const created = await createClass(user.id, input.name);
    revalidatePath("/teach");
    return { classId: created.id };
  },
  teachers,
);

export const regenerateJoinCodeAction = userAction(
  z.object({ classId: id }),
  async (input, user) => {
    const joinCode = await regenerateJoinCode(input.classId, user.id);
    revalidatePath(`/teach/classes/${input.classId}`);
    return { joinCode };
  },
  teachers,
);

export const removeStudentAction = userAction(
  z.object({ classId: id, studentId: id }),
  async (input, user) => {
    await removeStudent(input.classId, input.studentId, user.id);
    revalidatePath(`/teach/classes/${input.classId}`);
    return null;
  },
  teachers,
);

export const addCoTeacherAction = userAction(
  z.object({ classId: id, email: z.string().trim().toLowerCase().email("Enter the teacher's email address.") }),
  async (input, user) => {
    await addCoTeacher(input.classId, input.email, user.id);
    revalidatePath(`/teach/classes/${input.classId}`);
    return null;
  },
  teachers,
);

export const createAssignmentAction = userAction(
  createAssignmentSchema,
  async ({ timeLimitMin, ...input }, user) => {
    const created = await createAssignment(user.id, { ...input, timeLimitSec: timeLimitMin === null ? null : timeLimitMin * 60 });
    revalidatePath(`/teach/classes/${input.classId}`);
    return { assignmentId: created.id };
  },
  teachers,
);

export const setExtensionAction = userAction(
  extensionSchema,
  async ({ assignmentId, studentId, dueAt, extraTimeMin, extraAttempts }, user) => {
    await setExtension(user.id, assignmentId, studentId, { dueAt, extraTimeSec: extraTimeMin * 60, extraAttempts });
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return null;
  },
  teachers,
);

export const overrideGradeAction = userAction(
  overrideGradeSchema,
  async ({ assignmentId, studentId, percent, reason }, user) => {
    await overrideGrade(user.id, assignmentId, studentId, percent, reason);
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return null;
  },
  teachers,
);

export const voidQuestionAction = userAction(
  voidQuestionSchema,
  async ({ assignmentId, questionId, mode, reason }, user) => {
    const result = await voidQuestion(user.id, assignmentId, questionId, mode, reason);
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return result;
  },
  teachers,
);
