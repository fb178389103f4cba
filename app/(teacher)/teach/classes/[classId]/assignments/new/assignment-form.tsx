"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import { createAssignmentAction } from "../../../../actions";
import { plural } from "@/lib/format";

type Quiz = { slug: string; course: string; title: string; questions: number };
type Student = { id: string; name: string };

/** A datetime-local value (the teacher's local time) for a Date. */
const localValue = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const toIso = (value: FormDataEntryValue | null) => (value ? new Date(String(value)).toISOString() : null);
const toInt = (value: FormDataEntryValue | null) => (value === null || value === "" ? null : Number(value));

/** The teacher's form for setting work. Everything it sends is validated again on the server. */
export function AssignmentForm({ classId, quizzes, students }: { classId: string; quizzes: Quiz[]; students: Student[] }) {
  const router = useRouter();
  const { run, pending, error: refusal, fieldErrors } = useServerAction(createAssignmentAction);
  const fieldCount = Object.keys(fieldErrors).length;
  const error = fieldCount ? `Check the form: ${fieldCount === 1 ? "one field needs" : `${plural(fieldCount, "field")} need`} attention.` : refusal;
  const [targeted, setTargeted] = useState(false);
  const [title, setTitle] = useState(quizzes[0] ? quizzes[0].title : "");
  const [defaults] = useState(() => {
    const now = new Date();
    const due = new Date(now.getTime() + 7 * 86_400_000);
    due.setHours(17, 0, 0, 0);
    return { openAt: localValue(now), dueAt: localValue(due) };
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    const input = {
      classId,
      quizSlug: String(form.get("quizSlug") ?? ""),
      title: String(form.get("title") ?? ""),
      openAt: toIso(form.get("openAt")),
      dueAt: toIso(form.get("dueAt")),
      closeAt: toIso(form.get("closeAt")),
      attemptsAllowed: toInt(form.get("attemptsAllowed")),
      scoringRule: form.get("scoringRule"),
      timeLimitMin: toInt(form.get("timeLimitMin")),
      feedbackPolicy: form.get("feedbackPolicy"),
      studentIds: targeted ? form.getAll("studentIds").map(String) : null,
    };
    run(input, ({ assignmentId }) => router.push(`/teach/assignments/${assignmentId}`), element);
  }

  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <span className="field__error" id={`${name}-error`}>
        {fieldErrors[name]![0]}
      </span>
    ) : null;
  const described = (name: string, hint?: boolean) => [hint ? `${name}-hint` : "", fieldErrors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="assignment-form">
      <div className="field">
        <label htmlFor="quizSlug">Quiz</label>
        <select id="quizSlug" name="quizSlug" className="input" onChange={(e) => setTitle(quizzes.find((q) => q.slug === e.target.value)?.title ?? title)}>
          {[...new Set(quizzes.map((q) => q.course))].map((course) => (
            <optgroup key={course} label={course}>
              {quizzes
                .filter((q) => q.course === course)
                .map((q) => (
                  <option key={q.slug} value={q.slug}>
                    {q.title} ({q.questions} questions)
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="title">Title students see</label>
        <input id="title" name="title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={described("title")} aria-invalid={fieldErrors["title"] ? true : undefined} />
        {fieldError("title")}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="openAt">Opens</label>
          <input id="openAt" name="openAt" type="datetime-local" className="input" defaultValue={defaults.openAt} aria-describedby={described("openAt")} aria-invalid={fieldErrors["openAt"] ? true : undefined} />
          {fieldError("openAt")}
        </div>
        <div className="field">
          <label htmlFor="dueAt">Due</label>
          <input id="dueAt" name="dueAt" type="datetime-local" className="input" defaultValue={defaults.dueAt} aria-describedby={described("dueAt")} aria-invalid={fieldErrors["dueAt"] ? true : undefined} />
          {fieldError("dueAt")}
        </div>
        <div className="field">
          <label htmlFor="closeAt">Closes (optional)</label>
          <input id="closeAt" name="closeAt" type="datetime-local" className="input" aria-describedby={described("closeAt", true)} aria-invalid={fieldErrors["closeAt"] ? true : undefined} />
          <span className="field__hint" id="closeAt-hint">
            Late work is accepted until then. Empty: always accepted, marked late.
          </span>
          {fieldError("closeAt")}
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="attemptsAllowed">Attempts allowed</label>
          <input id="attemptsAllowed" name="attemptsAllowed" type="number" min={1} max={10} defaultValue={1} className="input" aria-describedby={described("attemptsAllowed")} aria-invalid={fieldErrors["attemptsAllowed"] ? true : undefined} />
          {fieldError("attemptsAllowed")}
        </div>
        <div className="field">
          <label htmlFor="scoringRule">Which attempt counts</label>
          <select id="scoringRule" name="scoringRule" className="input" defaultValue="BEST">
            <option value="BEST">The best</option>
            <option value="LAST">The last</option>
            <option value="AVERAGE">The average of all</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="timeLimitMin">Time limit in minutes (optional)</label>
          <input id="timeLimitMin" name="timeLimitMin" type="number" min={1} max={600} className="input" aria-describedby={described("timeLimitMin")} aria-invalid={fieldErrors["timeLimitMin"] ? true : undefined} />
          {fieldError("timeLimitMin")}
        </div>
      </div>
      <div className="field">
        <label htmlFor="feedbackPolicy">When students see answers and explanations</label>
        <select id="feedbackPolicy" name="feedbackPolicy" className="input" defaultValue="AFTER_SUBMIT">
          <option value="AFTER_EACH">After each question</option>
          <option value="AFTER_SUBMIT">After they submit</option>
          <option value="AFTER_DUE">After the due date</option>
        </select>
      </div>
      <fieldset className="field">
        <legend>Assign to</legend>
        <label className="choice">
          <input type="radio" name="audience" checked={!targeted} onChange={() => setTargeted(false)} /> The whole class, including students who join later
        </label>
        <label className="choice">
          <input type="radio" name="audience" checked={targeted} onChange={() => setTargeted(true)} disabled={students.length === 0} /> Chosen students
        </label>
        {targeted && (
          <div className="student-picks" role="group" aria-label="Students">
            {students.map((s) => (
              <label key={s.id} className="choice">
                <input type="checkbox" name="studentIds" value={s.id} /> {s.name}
              </label>
            ))}
          </div>
        )}
        {fieldError("studentIds")}
      </fieldset>
      <div>
        {/* Not `disabled` while pending: that would drop the keyboard's focus to the page. */}
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
