import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { addDraftAuthorAction } from "../actions";
import { ArticleEditor } from "./_components/article-editor";
import { loadDraft } from "./_components/load-draft";

export const metadata: Metadata = { title: "Course draft: the article" };

export default async function DraftArticlePage({ params }: { params: Promise<{ draftId: string }> }) {
  const draft = await loadDraft(params);
  return (
    <div className="narrow">
      <ArticleEditor initial={draft} />
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="authors">
        <h2 id="authors" style={{ marginTop: 0 }}>
          Authors
        </h2>
        <ul data-testid="draft-authors">
          {draft.authors.map((a) => (
            <li key={a.id}>
              {a.name} <span className="muted">({a.email})</span>
            </li>
          ))}
        </ul>
        <ActionForm action={addDraftAuthorAction} hidden={{ draftId: draft.id }} fields={[{ name: "email", label: "Add a co-author", type: "email", hint: "A teacher's account email" }]} submitLabel="Add co-author" inline />
      </section>
    </div>
  );
}
