"use client";

import { useState } from "react";
import { QuestionCard } from "@/components/quiz/question-card";
import { isAnswered, responseToSend } from "@/components/quiz/question-input";
import type { DraftContent, DraftLesson } from "@/lib/authoring/edits";
import { ANSWER_FORMAT, checkQuestion, type DraftQuestion } from "@/lib/authoring/questions";
import { TYPE_LABEL, type DraftEdit, type QuestionField } from "@/lib/authoring/schemas";
import type { QuestionDTO } from "@/lib/quiz/dto";
import { gradeInput } from "@/lib/quiz/rows";
import { MoveButtons } from "./move-buttons";
import { AutoField } from "./use-draft";

/**
 * One question of a draft: its fields, what it still needs, and once it is whole a preview as a
 * student sees it, graded by the quiz engine with the key the teacher wrote.
 */
export function QuestionEditor({
  n,
  count,
  lessonNumber,
  question,
  lesson,
  draft,
  errorFor,
  save,
}: {
  n: number;
  /** How many questions the lesson has. */
  count: number;
  lessonNumber: number;
  question: DraftQuestion;
  lesson: DraftLesson;
  draft: DraftContent;
  errorFor: (field: string) => string | null;
  save: (edit: DraftEdit) => Promise<boolean>;
}) {
  const { question: whole, stored, problems } = checkQuestion(question, lesson, draft);
  const set = (field: QuestionField) => (value: string) => save({ kind: "question", lesson: lessonNumber, question: n, field, value });
  const error = (field: QuestionField) => errorFor(`question.${lessonNumber}.${n}.${field}`);
  const objectives = [{ value: "0", label: "Choose an objective" }, ...lesson.objectives.map((o, i) => ({ value: String(i + 1), label: o }))];

  return (
    <li className="card draft-question" data-testid="draft-question" data-type={question.type}>
      <h3 style={{ marginTop: 0 }}>
        Question {n} <span className="badge">{TYPE_LABEL[question.type]}</span>
      </h3>
      <div className="form">
        <AutoField label="Question" rows={2} lang={draft.language} value={question.prompt} error={error("prompt")} onSave={set("prompt")} />
        <AutoField label="Objective it tests" options={objectives} value={String(question.objective)} onSave={set("objective")} />
        <AutoField label="References" value={question.refs} error={error("refs")} hint="The paragraphs and facts it tests: ¶3, fact:1, article" onSave={set("refs")} />
        <AutoField label="Answers" rows={4} lang={draft.language} value={question.answers} error={error("answers")} hint={ANSWER_FORMAT[question.type]} onSave={set("answers")} />
        <AutoField label="Explanation" rows={3} lang={draft.language} value={question.explanation} error={error("explanation")} hint="What students read after answering: why the key is right, citing the text" onSave={set("explanation")} />
        <AutoField label="Points" type="number" value={String(question.points)} error={error("points")} onSave={set("points")} />
      </div>
      {problems.length > 0 ? (
        <ul className="draft-problems" data-testid="question-problems" aria-label={`What question ${n} still needs`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="badge badge--good" style={{ display: "inline-block" }} data-testid="question-ready">
          Ready: the key grades as correct
        </p>
      )}
      {whole && stored && (
        <Preview id={`preview-${lessonNumber}-${n}`} question={{ id: `preview-${lessonNumber}-${n}`, type: stored.type, prompt: whole.prompt, points: question.points, content: { type: stored.type, ...stored.content } as QuestionDTO["content"], lessonSlug: "" }} stored={stored} />
      )}
      <div className="button-row">
        <MoveButtons n={n} count={count} name={`question ${n}`} onMove={(by) => save({ kind: "move", what: "question", lesson: lessonNumber, item: n, by })} />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => window.confirm(`Remove question ${n}?`) && save({ kind: "removeQuestion", lesson: lessonNumber, question: n })}
        >
          Remove question {n}
        </button>
      </div>
    </li>
  );
}

/** The question as a student sees it, to answer and check here against the key, which is graded by the engine. */
function Preview({ id, question, stored }: { id: string; question: QuestionDTO; stored: Parameters<typeof gradeInput>[0] }) {
  const [value, setValue] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  return (
    <div className="draft-preview" role="region" aria-label={`${question.prompt}: as students will see it`}>
      <p className="eyebrow" style={{ margin: 0 }}>
        As students will see it (choices are shuffled for each student)
      </p>
      <QuestionCard
        question={question}
        idPrefix={id}
        label="Preview"
        value={value}
        onChange={(v) => {
          setValue(v);
          setResult(null);
        }}
        actions={
          <>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={!isAnswered(question, value)}
              onClick={() => {
                const graded = gradeInput(stored, responseToSend(question, value));
                setResult(graded.ok ? (graded.grade.correct ? "Right: this answer earns full credit." : `Not right: ${Math.round(graded.grade.credit * 100)}% credit.`) : graded.message);
              }}
            >
              Try this answer
            </button>
            {result && (
              <span role="status" data-testid="preview-result">
                {result}
              </span>
            )}
          </>
        }
      />
    </div>
  );
}
