"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teacherAction } from "@/lib/actions";
import { addDraftAuthor, copyDraft, createDraft, deleteDraft, importGiftQuestions, removeDraftAuthor, saveDraftEdit, setDraftShared } from "@/lib/authoring/drafts";
import { publishDraft } from "@/lib/authoring/publishing";
import { createDraftSchema, draftEditSchema, giftImportSchema } from "@/lib/authoring/schemas";
import { idSchema } from "@/lib/validation";

export const createDraftAction = teacherAction(createDraftSchema, async (input, teacher) => {
  const created = await createDraft(teacher.id, input);
  revalidatePath("/teach/courses");
  return created;
});

/** One edit of a draft. A stale one comes back unsaved, with what changed and the draft as it is. */
export const saveDraftEditAction = teacherAction(draftEditSchema, async ({ draftId, revision, edit }, teacher) => saveDraftEdit(teacher.id, draftId, revision, edit));

/** Questions pasted in Moodle's GIFT format, into one lesson; the report lists what was left out. */
export const importGiftAction = teacherAction(giftImportSchema, async ({ draftId, revision, lesson, gift }, teacher) => importGiftQuestions(teacher.id, draftId, revision, lesson, gift));

export const addDraftAuthorAction = teacherAction(
  z.object({ draftId: idSchema("draftId"), email: z.string().trim().toLowerCase().email("Enter the teacher's email address.") }),
  async ({ draftId, email }, teacher) => {
    await addDraftAuthor(teacher.id, draftId, email);
    revalidatePath(`/teach/courses/${draftId}`);
    return null;
  },
);

/** Shares a draft with every teacher of the instance (`shared: "yes"`), or takes it back. */
export const setDraftSharedAction = teacherAction(z.object({ draftId: idSchema("draftId"), shared: z.enum(["yes", "no"]) }), async ({ draftId, shared }, teacher) => {
  await setDraftShared(teacher.id, draftId, shared === "yes");
  revalidatePath("/teach/courses", "layout");
  return null;
});

/** A copy of a draft the teacher writes or one shared with every teacher, to adapt. */
export const copyDraftAction = teacherAction(z.object({ draftId: idSchema("draftId") }), async ({ draftId }, teacher) => {
  const copy = await copyDraft(teacher.id, draftId);
  revalidatePath("/teach/courses");
  return copy;
});

/** Deletes a draft for all its authors (the page asks first). */
export const deleteDraftAction = teacherAction(z.object({ draftId: idSchema("draftId") }), async ({ draftId }, teacher) => {
  const deleted = await deleteDraft(teacher.id, draftId);
  revalidatePath("/teach/courses");
  return deleted;
});

/** Removes a co-author, or the teacher themselves (leaving the draft: they go back to their courses). */
export const removeDraftAuthorAction = teacherAction(z.object({ draftId: idSchema("draftId"), authorId: idSchema("authorId") }), async ({ draftId, authorId }, teacher) => {
  const { left } = await removeDraftAuthor(teacher.id, draftId, authorId);
  revalidatePath("/teach/courses", "layout");
  return { next: left ? "/teach/courses" : `/teach/courses/${draftId}` };
});

/** Publishes a draft that passes its checklist, or publishes its changes; with regrade "yes", past answers to changed questions are graded again. */
export const publishDraftAction = teacherAction(
  z.object({ draftId: idSchema("draftId"), revision: z.number().int().min(1), regrade: z.enum(["yes", "no"], { message: "Choose whether to regrade past attempts." }) }),
  async ({ draftId, revision, regrade }, teacher) => {
    const outcome = await publishDraft(teacher.id, draftId, revision, regrade === "yes");
    revalidatePath("/", "layout");
    return outcome;
  },
);
