import { parse, type GIFTQuestion, type NumericalChoice, type NumericalFormat, type TextChoice, type TextFormat } from "gift-pegjs";
import type { Question } from "./schema";

/**
 * Moodle's GIFT format to this course's question drafts, with gift-pegjs's parser. A draft has
 * the shape of a question in content/lessons/*.yaml. What GIFT cannot say, the author adds before
 * the drafts go into a lesson: every question cites a paragraph or fact (`refs`), tests one of the
 * lesson's objectives, and names the words its key rests on (`evidence`). References and the
 * objective can come with the question as Moodle tags, in a comment line above it:
 *
 *   // [id:ukraine-notified] [tag:p3] [tag:fact:12] [tag:objective:explain-article-20]
 *   ::Notification:: Ukraine's withdrawal takes effect six months after… {T}
 *
 * A question of a kind the course has no type for (essay, description) is listed in `skipped`,
 * with the reason, never dropped silently; so is a part of a question that has no place here.
 */

export type Draft = Partial<Question> & { id: string; type: Question["type"]; prompt: string };
export type Skipped = { question: string; reason: string };
export type Todo = { id: string; missing: string[] };
export type GiftImport = { drafts: Draft[]; skipped: Skipped[]; notes: Skipped[]; todo: Todo[] };

const REF = /^(article|p[1-9]\d*|fact:[1-9]\d*)$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Plain text from a GIFT text: HTML tags dropped, Moodle's escapes undone, spaces tidied. */
function plain(t: TextFormat | null | undefined): string {
  if (!t) return "";
  const text = t.format === "html" ? t.text.replace(/<[^>]*>/g, " ") : t.text;
  return text
    .replace(/\\([~=#{}:])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");

/** "p3", "¶3", "fact:12", "article" (as a Moodle tag) → a reference; anything else → null. */
function refFromTag(tag: string): string | null {
  const t = tag.trim().replace(/^¶\s*/, "p");
  return REF.test(t) ? t : null;
}

const optionIds = "abcdefghijklmnopqrstuvwxyz";

/** The question's explanation: GIFT's general feedback, else its answers' feedback, in order. */
function explanationOf(q: { globalFeedback: TextFormat | null }, choices: { feedback: TextFormat | null }[] = []): string {
  return plain(q.globalFeedback) || choices.map((c) => plain(c.feedback)).filter(Boolean).join(" ");
}

function numericKey(n: NumericalFormat): { answer: number; tolerance: number } | null {
  if (n.type === "simple" && n.number !== undefined) return { answer: n.number, tolerance: 0 };
  if (n.type === "range" && n.number !== undefined) return { answer: n.number, tolerance: n.range ?? 0 };
  if (n.type === "high-low" && n.numberHigh !== undefined && n.numberLow !== undefined)
    return { answer: (n.numberHigh + n.numberLow) / 2, tolerance: (n.numberHigh - n.numberLow) / 2 };
  return null;
}

/**
 * Converts one GIFT file. `objective` is the lesson objective for questions without an
 * `objective:` tag. Throws gift-pegjs's SyntaxError (with its line and column) on a file that is
 * not GIFT.
 */
export function importGift(text: string, options: { objective?: string } = {}): GiftImport {
  const out: GiftImport = { drafts: [], skipped: [], notes: [], todo: [] };
  const used = new Set<string>();
  let n = 0;

  for (const q of parse(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") + "\n") as GIFTQuestion[]) {
    if (q.type === "Category") continue;
    n++;
    const name = (q.title ?? "").trim() || plain(q.stem).slice(0, 60) || `question ${n}`;
    if (q.type === "Description") {
      out.skipped.push({ question: name, reason: "a description is text without a question; put it in a lesson section instead" });
      continue;
    }
    if (q.type === "Essay") {
      out.skipped.push({ question: name, reason: "an essay is graded by a person; the course has no such question type" });
      continue;
    }

    // The id: Moodle's [id:…] if it is a slug, else the title's or the prompt's words, made unique.
    const base = (q.id && SLUG.test(q.id) ? q.id : slugify(q.title ?? "") || slugify(plain(q.stem))) || `gift-${n}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);

    const tags = q.tags ?? [];
    const refs = [...new Set(tags.map(refFromTag).filter((r): r is string => r !== null))];
    const objective = tags.find((t) => t.startsWith("objective:"))?.slice("objective:".length) ?? options.objective;
    const other = tags.filter((t) => !refFromTag(t) && !t.startsWith("objective:"));
    if (other.length) out.notes.push({ question: id, reason: `tags with no place here were left out: ${other.join(", ")}` });
    const prompt = plain(q.stem).replace(/\b_\b/, "_____");
    const common = { id, prompt, ...(refs.length ? { refs } : {}), ...(objective ? { objective } : {}) };

    let draft: Draft | null = null;
    switch (q.type) {
      case "TF":
        draft = { ...common, type: "true_false", answer: q.isTrue, explanation: explanationOf(q, [{ feedback: q.trueFeedback }, { feedback: q.falseFeedback }]) };
        break;
      case "MC": {
        const choices = q.choices as TextChoice[];
        const options = choices.map((c, i) => ({ id: optionIds[i]!, text: plain(c.text) }));
        const right = choices.flatMap((c, i) => (c.isCorrect || (c.weight ?? 0) > 0 ? [optionIds[i]!] : []));
        if (choices.length > optionIds.length) {
          out.skipped.push({ question: id, reason: `${choices.length} answers; a question here has at most ${optionIds.length}` });
          continue;
        }
        if (choices.some((c) => c.weight !== null && c.weight !== 100 && c.weight !== 0))
          out.notes.push({ question: id, reason: "Moodle's answer weights were left out: an answer worth more than 0% is right, and the course's own partial credit applies (each right option ticked earns a share, each wrong one takes one away)" });
        draft =
          right.length === 1
            ? { ...common, type: "single", options, answer: right[0], explanation: explanationOf(q, choices) }
            : { ...common, type: "multiple", options, answer: right, explanation: explanationOf(q, choices) };
        break;
      }
      case "Short": {
        const choices = q.choices as TextChoice[];
        const partial = choices.filter((c) => !c.isCorrect && (c.weight ?? 0) > 0);
        if (partial.length) out.notes.push({ question: id, reason: `answers worth part of the points were left out: ${partial.map((c) => plain(c.text)).join(", ")}` });
        draft = { ...common, type: "short_text", accepted: choices.filter((c) => c.isCorrect).map((c) => plain(c.text)), explanation: explanationOf(q, choices) };
        break;
      }
      case "Numerical": {
        const choices = Array.isArray(q.choices) ? (q.choices as NumericalChoice[]) : [{ isCorrect: true, weight: 100, text: q.choices, feedback: null }];
        const full = choices.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100));
        const key = full.length === 1 ? numericKey(full[0]!.text) : null;
        if (!key) {
          out.skipped.push({ question: id, reason: "a numerical question needs exactly one answer worth all the points" });
          continue;
        }
        if (choices.length > 1) out.notes.push({ question: id, reason: "answers worth part of the points were left out" });
        draft = { ...common, type: "numeric", ...key, explanation: explanationOf(q, choices) };
        break;
      }
      case "Matching": {
        const pairs = q.matchPairs.filter((p) => plain(p.subquestion)).map((p, i) => ({ id: `m${i + 1}`, left: plain(p.subquestion), right: p.subanswer.trim() }));
        const distractors = q.matchPairs.filter((p) => !plain(p.subquestion)).map((p) => p.subanswer.trim());
        if (pairs.length < 3) {
          out.skipped.push({ question: id, reason: `a matching question here has at least 3 pairs; this one has ${pairs.length}` });
          continue;
        }
        draft = { ...common, type: "matching", pairs, distractors, explanation: plain(q.globalFeedback) };
        break;
      }
    }
    if (!draft) continue;
    if (q.stem.format === "html") out.notes.push({ question: id, reason: "HTML formatting was removed: the course shows plain text" });
    // In the order the lessons are written in: id, type and prompt first.
    out.drafts.push(Object.assign({ id, type: draft.type, prompt }, draft));

    const missing = [
      ...(refs.length ? [] : ["refs: the paragraphs or facts it tests ([tag:p3], [tag:fact:12])"]),
      ...(objective ? [] : ["objective: the lesson objective it tests ([tag:objective:…] or --objective)"]),
      ...(draft.explanation ? [] : ["explanation: why the key is right (GIFT's general feedback, ####…)"]),
      "evidence: the words of the sources its key rests on",
    ];
    out.todo.push({ id, missing });
  }
  return out;
}
