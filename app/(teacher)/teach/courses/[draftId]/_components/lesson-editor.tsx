"use client";

import { useState } from "react";
import { Prose } from "@/components/prose";
import { keyTermProblems, sectionProblems } from "@/lib/authoring/checks";
import type { DraftView } from "@/lib/authoring/drafts";
import type { DraftSection } from "@/lib/authoring/edits";
import { parseRef, type ParsedRef } from "@/lib/content/citations";
import { TYPE_LABEL } from "@/lib/authoring/schemas";
import type { QuestionType } from "@/lib/quiz/types";
import { GiftImport } from "./gift-import";
import { MoveButtons } from "./move-buttons";
import { QuestionEditor } from "./question-editor";
import { AutoField, DraftHeader, useDraft } from "./use-draft";

const KIND_OPTIONS = [
  { value: "article", label: "About the article: teaches what it says" },
  { value: "background", label: "Background: context the article lacks, citing facts" },
] as const;

/** One lesson of a draft: its fields, objectives and sections, each section with its preview and its citation check. */
export function LessonEditor({ initial, n }: { initial: DraftView; n: number }) {
  const { draft, state, save, send, errorFor, epoch, dismiss } = useDraft(initial);
  const [heading, setHeading] = useState("");
  const [kind, setKind] = useState<DraftSection["kind"]>("article");
  const [questionType, setQuestionType] = useState<QuestionType>("single");
  const [prompt, setPrompt] = useState("");
  const lesson = draft.lessons[n - 1];
  if (!lesson) return <p className="alert alert--error">This lesson is no longer in the draft.</p>;
  const field = (name: string) => errorFor(`lesson.${n}.${name}`);
  const keyTermIssues = keyTermProblems(draft, lesson.keyTerms);
  // Citations in the preview go to the draft's own article and facts pages.
  const hrefOf = (ref: string) => {
    const parsed: ParsedRef = parseRef(ref);
    return parsed.kind === "paragraph" ? `/teach/courses/${draft.id}#p${parsed.n}` : parsed.kind === "fact" ? `/teach/courses/${draft.id}/facts#fact-${parsed.id}` : `/teach/courses/${draft.id}`;
  };

  return (
    <>
      <DraftHeader draft={draft} state={state} current="lessons" onDismiss={dismiss} />
      <h2>
        Lesson {n}: {lesson.title}
      </h2>
      <section className="card" aria-label="The lesson" key={`lesson-${epoch}`}>
        <div className="form">
          <AutoField label="Title" value={lesson.title} error={field("title")} onSave={(value) => save({ kind: "lesson", lesson: n, field: "title", value })} />
          <AutoField label="Summary" rows={2} value={lesson.summary} error={field("summary")} hint="One or two sentences for the course page" onSave={(value) => save({ kind: "lesson", lesson: n, field: "summary", value })} />
          <AutoField label="Reading time in minutes" type="number" value={String(lesson.minutes)} error={field("minutes")} onSave={(value) => save({ kind: "lesson", lesson: n, field: "minutes", value })} />
          <AutoField
            label="Objectives"
            rows={4}
            value={lesson.objectives.join("\n")}
            error={field("objectives")}
            hint="One per line: what a student can do after the lesson. Each question will test one."
            onSave={(value) => save({ kind: "lesson", lesson: n, field: "objectives", value })}
          />
          <AutoField
            label="Key terms"
            rows={4}
            lang={draft.language}
            value={lesson.keyTerms}
            error={field("keyTerms")}
            hint="One per line: term = definition, citing where it comes from, for example: Withdrawal = leaving a treaty under its own rules [¶3]"
            onSave={(value) => save({ kind: "lesson", lesson: n, field: "keyTerms", value })}
          />
          {keyTermIssues.length > 0 && (
            <ul className="draft-problems" aria-label="What the key terms still need">
              {keyTermIssues.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <h2 style={{ marginTop: "2rem" }}>Sections</h2>
      <p className="muted">
        Light markdown: a blank line between paragraphs, &ldquo;- &rdquo; for a list, &ldquo;&gt; &rdquo; for a quote, **bold**. Cite as <code>[¶3]</code>, <code>[fact:1]</code> or{" "}
        <code>[article]</code>.
      </p>
      {lesson.sections.length === 0 && <p className="alert alert--info">No sections yet. Add the first below.</p>}
      <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
        {lesson.sections.map((section, i) => {
          const problems = sectionProblems(draft, section);
          const where = (name: string) => errorFor(`section.${n}.${i + 1}.${name}`);
          return (
            <li key={`${epoch}-${i}`} className="card draft-section" data-testid="draft-section">
              <h3 style={{ marginTop: 0 }}>Section {i + 1}</h3>
              <div className="form">
                <AutoField label="Heading" value={section.heading} error={where("heading")} onSave={(value) => save({ kind: "section", lesson: n, section: i + 1, field: "heading", value })} />
                <AutoField label="Kind" options={KIND_OPTIONS} value={section.kind} onSave={(value) => save({ kind: "section", lesson: n, section: i + 1, field: "kind", value })} />
                <AutoField label="Text" rows={8} lang={draft.language} value={section.body} error={where("body")} onSave={(value) => save({ kind: "section", lesson: n, section: i + 1, field: "body", value })} />
              </div>
              {problems.length > 0 ? (
                <ul className="draft-problems" data-testid="section-problems" aria-label={`What section ${i + 1} still needs`}>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                <p className="badge badge--good" style={{ display: "inline-block" }}>
                  Every citation found
                </p>
              )}
              {section.body.trim() && (
                <div className="draft-preview" aria-label={`Section ${i + 1} as students will see it`} role="region">
                  <p className="eyebrow" style={{ margin: 0 }}>
                    As students will see it
                  </p>
                  <h4 style={{ margin: "0.25rem 0" }}>{section.heading}</h4>
                  <Prose body={section.body} hrefOf={hrefOf} />
                </div>
              )}
              <div className="button-row">
                <MoveButtons n={i + 1} count={lesson.sections.length} name={`section ${i + 1}`} onMove={(by) => save({ kind: "move", what: "section", lesson: n, item: i + 1, by })} />
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => window.confirm(`Remove section ${i + 1}, “${section.heading}”, and its text?`) && save({ kind: "removeSection", lesson: n, section: i + 1 })}
                >
                  Remove section {i + 1}
                </button>
              </div>
            </li>
          );
        })}
      </ol>

      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="new-section">
        <h2 id="new-section" style={{ marginTop: 0 }}>
          Add a section
        </h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ kind: "addSection", lesson: n, heading, sectionKind: kind }).then((saved) => saved && setHeading(""));
          }}
        >
          <div className="field">
            <label htmlFor="new-section-heading">Heading</label>
            <input id="new-section-heading" className="input" value={heading} onChange={(e) => setHeading(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="new-section-kind">Kind</label>
            <select id="new-section-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as DraftSection["kind"])}>
              {KIND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="button">
              Add the section
            </button>
          </div>
        </form>
      </section>

      <h2 style={{ marginTop: "2rem" }}>Questions</h2>
      <p className="muted">Each question tests one objective and names the paragraphs or facts it rests on; item analysis rolls up to those paragraphs.</p>
      {lesson.questions.length === 0 && <p className="alert alert--info">No questions yet. Add the first below.</p>}
      <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
        {lesson.questions.map((question, i) => (
          <QuestionEditor key={`${epoch}-${i}`} n={i + 1} count={lesson.questions.length} lessonNumber={n} question={question} lesson={lesson} draft={draft} errorFor={errorFor} save={save} />
        ))}
      </ol>
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="new-question">
        <h2 id="new-question" style={{ marginTop: 0 }}>
          Add a question
        </h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ kind: "addQuestion", lesson: n, questionType, prompt }).then((saved) => saved && setPrompt(""));
          }}
        >
          <div className="field">
            <label htmlFor="new-question-type">Kind of question</label>
            <select id="new-question-type" className="input" value={questionType} onChange={(e) => setQuestionType(e.target.value as QuestionType)}>
              {Object.entries(TYPE_LABEL).map(([type, label]) => (
                <option key={type} value={type}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-question-prompt">Question</label>
            <textarea id="new-question-prompt" className="input" rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
          </div>
          <div>
            <button type="submit" className="button">
              Add the question
            </button>
          </div>
        </form>
      </section>
      <GiftImport lesson={n} send={send} />
    </>
  );
}
