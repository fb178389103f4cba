import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { addDraftAuthorAction, copyDraftAction, deleteDraftAction, removeDraftAuthorAction, setDraftSharedAction } from "../actions";
import { ArticleEditor } from "./_components/article-editor";
import { loadDraft } from "./_components/load-draft";

export const metadata: Metadata = { title: "Course draft: the article" };

export default async function DraftArticlePage({ params }: { params: Promise<{ draftId: string }> }) {
  const [draft, teacher] = await Promise.all([loadDraft(params), requireTeacher()]);
  return (
    <div className="narrow">
      <ArticleEditor initial={draft} />
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="authors">
        <h2 id="authors" style={{ marginTop: 0 }}>
          Authors
        </h2>
        <ul data-testid="draft-authors" className="draft-authors">
          {draft.authors.map((a) => (
            <li key={a.id}>
              <span>
                {a.name} <span className="muted">({a.email})</span>
              </span>
              {draft.authors.length > 1 && (
                <ActionForm
                  action={removeDraftAuthorAction}
                  hidden={{ draftId: draft.id, authorId: a.id }}
                  fields={[]}
                  submitLabel={a.id === teacher.id ? "Leave the draft" : `Remove ${a.name}`}
                  confirm={a.id === teacher.id ? `Leave “${draft.title}”? Its other authors keep it.` : `Remove ${a.name} from the authors of “${draft.title}”?`}
                  redirectTo=":next"
                  inline
                />
              )}
            </li>
          ))}
        </ul>
        <ActionForm action={addDraftAuthorAction} hidden={{ draftId: draft.id }} fields={[{ name: "email", label: "Add a co-author", type: "email", hint: "A teacher's account email" }]} submitLabel="Add co-author" inline />
      </section>
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="sharing">
        <h2 id="sharing" style={{ marginTop: 0 }}>
          Sharing and copies
        </h2>
        {draft.copiedFromTitle && <p>Copied from “{draft.copiedFromTitle}”.</p>}
        <p data-testid="draft-sharing">
          {draft.sharedAt
            ? `Shared with every teacher on this instance since ${formatDateTime(draft.sharedAt)}: they can copy it to adapt it, and cannot change yours.`
            : "Only its authors see this draft. Share it, and every teacher on this instance can copy it to adapt it; they cannot change yours."}
        </p>
        <div className="button-row">
          <ActionForm
            action={setDraftSharedAction}
            hidden={{ draftId: draft.id, shared: draft.sharedAt ? "no" : "yes" }}
            fields={[]}
            submitLabel={draft.sharedAt ? "Stop sharing" : "Share with every teacher"}
            inline
          />
          <ActionForm action={copyDraftAction} hidden={{ draftId: draft.id }} fields={[]} submitLabel="Make a copy" redirectTo="/teach/courses/:id" inline />
        </div>
      </section>
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="delete-draft">
        <h2 id="delete-draft" style={{ marginTop: 0 }}>
          Delete the draft
        </h2>
        <p>
          It is deleted for {draft.authors.length === 1 ? "you, its only author" : `all its ${draft.authors.length} authors`}, with its history. Copies made from it stay.
        </p>
        <ActionForm
          action={deleteDraftAction}
          hidden={{ draftId: draft.id }}
          fields={[]}
          submitLabel="Delete the draft"
          confirm={`Delete “${draft.title}” for ${draft.authors.length === 1 ? "you" : `all ${draft.authors.length} authors`}? This cannot be undone.`}
          redirectTo="/teach/courses"
          danger
          inline
        />
      </section>
    </div>
  );
}
