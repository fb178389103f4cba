"use client";

import Link from "next/link";
import { useState } from "react";
import type { DraftView } from "@/lib/authoring/drafts";
import { plural } from "@/lib/format";
import { MoveButtons } from "./move-buttons";
import { DraftHeader, useDraft } from "./use-draft";

/** The draft's lessons, in order, and a form to add one. */
export function LessonsEditor({ initial }: { initial: DraftView }) {
  const { draft, state, save, dismiss } = useDraft(initial);
  const [title, setTitle] = useState("");

  return (
    <>
      <DraftHeader draft={draft} state={state} current="lessons" onDismiss={dismiss} />
      <p className="lede">Each lesson teaches part of the article in sections that cite its paragraphs and the background facts, with the objectives its questions will test.</p>
      {draft.lessons.length === 0 ? (
        <p className="alert alert--info">No lessons yet. Add the first below.</p>
      ) : (
        <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
          {draft.lessons.map((lesson, i) => (
            <li key={i} className="card" data-testid="draft-lesson">
              <p className="eyebrow" style={{ margin: 0 }}>
                Lesson {i + 1}
              </p>
              <h2 style={{ margin: 0, fontSize: "1.15rem" }}>
                <Link href={`/teach/courses/${draft.id}/lessons/${i + 1}`}>{lesson.title}</Link>
              </h2>
              <p className="muted" style={{ margin: "0.25rem 0 0.5rem" }}>
                {plural(lesson.sections.length, "section")} · {plural(lesson.objectives.length, "objective")} · {plural(lesson.questions.length, "question")} · {lesson.minutes} min read
              </p>
              <div className="button-row">
                <MoveButtons n={i + 1} count={draft.lessons.length} name={`lesson ${i + 1}`} onMove={(by) => save({ kind: "move", what: "lesson", lesson: i + 1, item: 1, by })} />
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => window.confirm(`Remove lesson ${i + 1}, “${lesson.title}”, with its sections and questions?`) && save({ kind: "removeLesson", lesson: i + 1 })}
                >
                  Remove lesson {i + 1}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <section className="card" style={{ marginTop: "2rem" }} aria-labelledby="new-lesson">
        <h2 id="new-lesson" style={{ marginTop: 0 }}>
          Add a lesson
        </h2>
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ kind: "addLesson", title }).then((saved) => saved && setTitle(""));
          }}
        >
          <div className="field">
            <label htmlFor="new-lesson-title">Lesson title</label>
            <input id="new-lesson-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div>
            <button type="submit" className="button">
              Add the lesson
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
