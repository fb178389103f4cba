import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonEditor } from "../../_components/lesson-editor";
import { loadDraft } from "../../_components/load-draft";

export const metadata: Metadata = { title: "Course draft: a lesson" };

export default async function DraftLessonPage({ params }: { params: Promise<{ draftId: string; lesson: string }> }) {
  const { lesson } = await params;
  const n = Number(lesson);
  const draft = await loadDraft(params);
  if (!/^[1-9]\d{0,3}$/.test(lesson) || n > draft.lessons.length) notFound();
  return (
    <div className="narrow">
      <LessonEditor initial={draft} n={n} />
    </div>
  );
}
