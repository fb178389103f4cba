"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import type { AnsweredChange, PublishOutcome } from "@/lib/authoring/publishing";
import { coursePath } from "@/lib/content/citations";
import { plural } from "@/lib/format";
import { publishDraftAction } from "../../actions";

/** Publishing a draft that passes its checklist; once published, publishing its changes, with the choice to regrade what students answered. */
export function PublishPanel({ draftId, revision, course, answered }: { draftId: string; revision: number; course: { slug: string } | null; answered: AnsweredChange[] }) {
  const router = useRouter();
  const { run, pending, error } = useServerAction(publishDraftAction);
  const [done, setDone] = useState<PublishOutcome | null>(null);
  const [regrade, setRegrade] = useState<"yes" | "no">("yes");

  function publish(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    run({ draftId, revision, regrade: answered.length ? regrade : "no" }, (outcome) => {
      setDone(outcome);
      router.refresh();
    });
  }

  return (
    <section className="card stack" aria-labelledby="publish-heading" data-testid="publish-panel">
      <h2 id="publish-heading" style={{ marginTop: 0 }}>
        {course ? "Publish your changes" : "Publish the course"}
      </h2>
      {course ? (
        <p>
          The course is published at <Link href={coursePath(course.slug)}>{coursePath(course.slug)}</Link>. Publishing again gives every changed question a new version: an
          attempt keeps the version it showed, so no student&rsquo;s review is rewritten.
        </p>
      ) : (
        <p>Publishing makes the course readable by you and your co-authors, and assignable to your classes. Its paragraphs are then numbered for good.</p>
      )}
      <form className="form" onSubmit={publish}>
        {answered.length > 0 && (
          <fieldset className="field" data-testid="answered-changes">
            <legend>Students have answered {plural(answered.length, "question")} that you changed</legend>
            <ul>
              {answered.map((a) => (
                <li key={a.key}>
                  Lesson {a.lesson}, question {a.question}: “{a.prompt}” ({plural(a.answers, "submitted answer")})
                </li>
              ))}
            </ul>
            <label className="choice">
              <input type="radio" name="regrade" value="yes" checked={regrade === "yes"} onChange={() => setRegrade("yes")} /> Regrade past attempts with the corrected questions, and tell the students whose score changes
            </label>
            <label className="choice">
              <input type="radio" name="regrade" value="no" checked={regrade === "no"} onChange={() => setRegrade("no")} /> Keep past scores: the change applies to new attempts only
            </label>
          </fieldset>
        )}
        <div>
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? "Publishing…" : course ? "Publish changes" : "Publish"}
          </button>
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
      {done && (
        <p className="alert alert--info" role="status" data-testid="publish-result">
          Published: {plural(done.seeded.newVersions, "new question version")}.
          {done.regrade && ` Regraded ${plural(done.regrade.answers, "answer")}: ${plural(done.regrade.changed, "score")} changed, ${plural(done.regrade.students, "student")} told.`}
          {done.regrade?.skipped ? ` ${plural(done.regrade.skipped, "answer")} kept ${done.regrade.skipped === 1 ? "its" : "their"} grade: the question's type changed, so the corrected key cannot grade ${done.regrade.skipped === 1 ? "it" : "them"}.` : ""}{" "}
          <Link href={coursePath(done.slug)}>Open the course</Link> or assign it from a class&rsquo;s page.
        </p>
      )}
    </section>
  );
}
