import "server-only";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { getDraft, type DraftView } from "@/lib/authoring/drafts";
import { DomainError } from "@/lib/errors";

/** The draft for one of its authors; anyone else gets the not-found page. */
export async function loadDraft(params: Promise<{ draftId: string }>): Promise<DraftView> {
  const teacher = await requireTeacher();
  const { draftId } = await params;
  try {
    return await getDraft(teacher.id, draftId);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
