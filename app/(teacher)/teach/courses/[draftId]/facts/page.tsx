import type { Metadata } from "next";
import { currentTime } from "@/lib/clock";
import { FactsEditor } from "../_components/facts-editor";
import { loadDraft } from "../_components/load-draft";

export const metadata: Metadata = { title: "Course draft: background facts" };

export default async function DraftFactsPage({ params }: { params: Promise<{ draftId: string }> }) {
  return (
    <div className="narrow">
      <FactsEditor initial={await loadDraft(params)} now={currentTime().toISOString()} />
    </div>
  );
}
