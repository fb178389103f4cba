"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teacherAction } from "@/lib/actions";
import { createAssignment, overrideGrade, setExtension, voidQuestion } from "@/lib/assignments/mutations";
import { createAssignmentSchema, extensionSchema, overrideGradeSchema, voidQuestionSchema } from "@/lib/assignments/schemas";
import { addCoTeacher, createClass, regenerateJoinCode, removeStudent } from "@/lib/classes/mutations";
import { idSchema, plainText } from "@/lib/validation";

const id = idSchema();

export const createClassAction = teacherAction(
  z.object({ name: plainText().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.") }),
  async (input, user) => {
    const created = await createClass(user.id, input.name);
    revalidatePath("/teach");
    return { classId: created.id };
  }
);

export const regenerateJoinCodeAction = teacherAction(
  z.object({ classId: id }),
  async (input, user) => {
    const joinCode = await regenerateJoinCode(user.id, input.classId);
    revalidatePath(`/teach/classes/${input.classId}`);
    return { joinCode };
  }
);

export const removeStudentAction = teacherAction(
  z.object({ classId: id, studentId: id }),
  async (input, user) => {
    const removed = await removeStudent(user.id, input.classId, input.studentId);
    // The class's pages, its gradebook and every assignment report are counted again without them.
    revalidatePath("/teach", "layout");
    return removed;
  }
);

export const addCoTeacherAction = teacherAction(
  z.object({ classId: id, email: z.string().trim().toLowerCase().email("Enter the teacher's email address.") }),
  async (input, user) => {
    await addCoTeacher(user.id, input.classId, input.email);
    revalidatePath(`/teach/classes/${input.classId}`);
    return null;
  }
);

export const createAssignmentAction = teacherAction(
  createAssignmentSchema,
  async ({ timeLimitMin, ...input }, user) => {
    const created = await createAssignment(user.id, { ...input, timeLimitSec: timeLimitMin === null ? null : timeLimitMin * 60 });
    revalidatePath(`/teach/classes/${input.classId}`);
    return { assignmentId: created.id };
  }
);

export const setExtensionAction = teacherAction(
  extensionSchema,
  async ({ assignmentId, studentId, dueAt, extraTimeMin, extraAttempts }, user) => {
    await setExtension(user.id, assignmentId, studentId, { dueAt, extraTimeSec: extraTimeMin * 60, extraAttempts });
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return null;
  }
);

export const overrideGradeAction = teacherAction(
  overrideGradeSchema,
  async ({ assignmentId, studentId, percent, reason }, user) => {
    await overrideGrade(user.id, assignmentId, studentId, percent, reason);
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return null;
  }
);

export const voidQuestionAction = teacherAction(
  voidQuestionSchema,
  async ({ assignmentId, questionId, mode, reason }, user) => {
    const result = await voidQuestion(user.id, assignmentId, questionId, mode, reason);
    revalidatePath(`/teach/assignments/${assignmentId}`);
    return result;
  }
);
