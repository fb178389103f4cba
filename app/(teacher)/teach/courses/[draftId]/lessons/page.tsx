import type { Metadata } from "next";
import { LessonsEditor } from "../_components/lessons-editor";
import { loadDraft } from "../_components/load-draft";

export const metadata: Metadata = { title: "Course draft: lessons" };

export default async function DraftLessonsPage({ params }: { params: Promise<{ draftId: string }> }) {
  return (
    <div className="narrow">
      <LessonsEditor initial={await loadDraft(params)} />
    </div>
  );
}
