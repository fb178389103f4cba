import type { Metadata } from "next";
import Link from "next/link";
import { publishChecklist } from "@/lib/authoring/checks";
import { answeredChanges } from "@/lib/authoring/publishing";
import { plural } from "@/lib/format";
import { PublishPanel } from "../_components/publish-panel";
import { DraftNav } from "../_components/draft-nav";
import { loadDraft } from "../_components/load-draft";

export const metadata: Metadata = { title: "Course draft: checklist" };

/** What the draft still needs before it can be published, each problem linked to where it is fixed. */
export default async function DraftChecklistPage({ params }: { params: Promise<{ draftId: string }> }) {
  const draft = await loadDraft(params);
  const checklist = publishChecklist(draft, `/teach/courses/${draft.id}`);
  const open = checklist.reduce((n, item) => n + item.problems.length, 0);
  const answered = open === 0 ? await answeredChanges(draft) : [];
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/teach/courses">Your courses</Link> · Draft
      </p>
      <h1>{draft.title}</h1>
      <DraftNav draftId={draft.id} current="checklist" />
      <p className="lede" data-testid="checklist-summary">
        {open === 0
          ? "The draft passes every check: each paragraph is cited and tested, every reference is found, and every key grades as correct."
          : `${plural(open, "thing")} to fix before the course can be published. Each links to where it is fixed.`}
      </p>
      {open === 0 && <PublishPanel draftId={draft.id} revision={draft.revision} course={draft.course} answered={answered} />}
      <ol className="checklist" style={{ listStyle: "none", padding: 0 }}>
        {checklist.map((item) => (
          <li key={item.rule} className="card checklist__item" data-testid="checklist-item" data-ok={item.problems.length === 0}>
            <h2 className="checklist__rule">
              <span className={item.problems.length ? "badge badge--bad" : "badge badge--good"}>{item.problems.length ? `${item.problems.length} to fix` : "Done"}</span> {item.rule}
            </h2>
            {item.problems.length > 0 && (
              <ul>
                {item.problems.map((p) => (
                  <li key={p.text}>
                    <Link href={p.href}>{p.text}</Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
