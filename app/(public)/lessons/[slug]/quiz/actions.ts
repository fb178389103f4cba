"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { checkPracticeAnswer, finishAttempt, startPracticeAttempt } from "@/lib/quiz/mutations";

const id = z.string().min(1).max(64);

export const startPracticeAction = userAction(z.object({ quizSlug: z.string().min(1).max(120), lessonSlug: z.string().min(1).max(120) }), async (input, user) => {
  const attemptId = await startPracticeAttempt(input.quizSlug, user.id);
  revalidatePath(`/lessons/${input.lessonSlug}/quiz`);
  return { attemptId };
});

export const checkAnswerAction = userAction(z.object({ attemptId: id, questionVersionId: id, response: z.unknown() }), (input, user) =>
  checkPracticeAnswer(input.attemptId, user.id, input.questionVersionId, input.response),
);

export const finishAttemptAction = userAction(z.object({ attemptId: id, lessonSlug: z.string().min(1).max(120) }), async (input, user) => {
  const result = await finishAttempt(input.attemptId, user.id);
  revalidatePath(`/lessons/${input.lessonSlug}/quiz`);
  revalidatePath("/");
  return result;
});
