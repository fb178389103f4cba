import { articleDateline, citedRefs, parseRef, refLabel } from "./citations";
import { isoDay } from "@/lib/format";
import { CONTENT_REVIEW_DATE, datedStatements } from "./dated";
import { CLASSIFICATION_GUIDE } from "./labels";
import { containsWhole, FEEDBACK_QUOTE_LIMIT, normalise, shownQuote } from "./quotes";
import type { Article, Fact, Lesson, Question, SourceRef } from "./schema";

export type Course = { article: Article; facts: Fact[]; lessons: Lesson[] };

/** "Option b", "options a and c", "(d)": students never see these letters. */
export const OPTION_LETTER = /\b[Oo]ptions? \(?[a-h]\)?(?![a-z])|(^|[^0-9A-Za-z)])\([a-h]\)/;

/**
 * Cross-checks the course after each file has passed its zod schema. Returns
 * one message per problem; an empty list means the course is sound.
 */
export function validateCourse(course: Course): string[] {
  const { article, facts, lessons } = course;
  const problems: string[] = [];
  const paragraphs = new Set(article.paragraphs.map((p) => p.n));
  const factsById = new Map(facts.map((f) => [f.id, f]));

  article.paragraphs.forEach((p, i) => {
    if (p.n !== i + 1) problems.push(`article: paragraph ${i + 1} is numbered ${p.n}`);
  });
  facts.forEach((f, i) => {
    if (f.id !== i + 1) problems.push(`facts: entry ${i + 1} has id ${f.id}`);
    problems.push(...asOfProblems(f));
  });

  const checkRef = (where: string, ref: SourceRef) => {
    const parsed = parseRef(ref);
    if (parsed.kind === "paragraph" && !paragraphs.has(parsed.n)) problems.push(`${where}: ¶${parsed.n} is not a paragraph of the article`);
    if (parsed.kind === "fact" && !factsById.has(parsed.id)) problems.push(`${where}: fact:${parsed.id} does not exist`);
  };

  const seen = { lessons: new Set<string>(), positions: new Set<number>(), questions: new Set<string>() };
  const citedBySection = new Set<SourceRef>();
  const citedByQuestion = new Set<SourceRef>();

  for (const lesson of lessons) {
    const at = `lesson ${lesson.id}`;
    if (seen.lessons.has(lesson.id)) problems.push(`${at}: duplicate lesson id`);
    if (seen.positions.has(lesson.position)) problems.push(`${at}: duplicate position ${lesson.position}`);
    seen.lessons.add(lesson.id);
    seen.positions.add(lesson.position);

    const objectives = new Set(lesson.objectives.map((o) => o.id));
    for (const section of lesson.sections) {
      const refs = citedRefs(section.body);
      if (refs.length === 0) problems.push(`${at} section ${section.id}: cites no paragraph or fact`);
      if (section.kind === "background" && !refs.some((r) => r.startsWith("fact:")))
        problems.push(`${at} section ${section.id}: background must cite at least one fact`);
      for (const ref of refs) {
        checkRef(`${at} section ${section.id}`, ref);
        citedBySection.add(ref);
      }
    }
    for (const term of lesson.keyTerms) term.refs.forEach((r) => checkRef(`${at} term "${term.term}"`, r));

    for (const question of lesson.questions) {
      const qat = `${at} question ${question.id}`;
      if (seen.questions.has(question.id)) problems.push(`${qat}: duplicate question id`);
      seen.questions.add(question.id);
      if (!objectives.has(question.objective)) problems.push(`${qat}: objective "${question.objective}" is not one of the lesson's`);
      for (const ref of question.refs) {
        checkRef(qat, ref);
        citedByQuestion.add(ref);
        const parsed = parseRef(ref);
        if (parsed.kind === "fact" && factsById.get(parsed.id)?.status === "unverified")
          problems.push(`${qat}: rests on fact:${parsed.id}, which is unverified`);
      }
      problems.push(...answerKeyProblems(question).map((p) => `${qat}: ${p}`));
      for (const field of ["prompt", "explanation"] as const)
        if (OPTION_LETTER.test(question[field]))
          problems.push(`${qat}: the ${field} names an option by its letter, but options are shuffled and shown without letters`);
      problems.push(...quoteProblems(course, question).map((p) => `${qat}: ${p}`));
      problems.push(...classificationProblems(question).map((p) => `${qat}: ${p}`));
    }
  }

  for (const n of paragraphs) {
    if (!citedBySection.has(`p${n}`)) problems.push(`coverage: ¶${n} is cited by no lesson section`);
    if (!citedByQuestion.has(`p${n}`)) problems.push(`coverage: ¶${n} is tested by no question`);
  }
  problems.push(...paragraphCoverageProblems(course), ...reviewPairProblems(course), ...datedProblems(course));
  return problems;
}

/** The whole text behind a reference, or undefined when it points nowhere. */
export function sourceText(course: Course, ref: SourceRef): string | undefined {
  const parsed = parseRef(ref);
  if (parsed.kind === "article") return articleDateline(course.article);
  if (parsed.kind === "paragraph") return course.article.paragraphs.find((p) => p.n === parsed.n)?.text;
  return course.facts.find((f) => f.id === parsed.id)?.text;
}

/** What feedback quotes for each reference of a question, as lib/content/queries.ts builds it. */
export function feedbackQuotes(course: Course, question: Question): { ref: SourceRef; text: string; excerpt: boolean }[] {
  return question.refs.flatMap((ref) => {
    const text = sourceText(course, ref);
    return text === undefined ? [] : [{ ref, ...shownQuote(text, question.quotes?.[ref]) }];
  });
}

/**
 * Feedback quotes what the key rests on, whole: each excerpt is copied from
 * its source; a long fact is quoted by an excerpt; every evidence phrase is
 * in a quote, and every quote holds an evidence phrase (a reference that
 * holds none points at nothing the key rests on).
 */
export function quoteProblems(course: Course, question: Question): string[] {
  const problems: string[] = [];
  for (const [ref, excerpt] of Object.entries(question.quotes ?? {})) {
    const source = sourceText(course, ref);
    if (!question.refs.includes(ref)) problems.push(`quotes an excerpt of ${ref}, which it does not cite`);
    else if (source !== undefined && !containsWhole(source, excerpt)) problems.push(`the excerpt for ${ref} is not in that source: "${excerpt}"`);
    if (excerpt.length > FEEDBACK_QUOTE_LIMIT) problems.push(`the excerpt for ${ref} is ${excerpt.length} characters; keep it to ${FEEDBACK_QUOTE_LIMIT}, the part the key rests on`);
  }
  const quotes = feedbackQuotes(course, question);
  for (const q of quotes)
    if (!q.excerpt && q.text.length > FEEDBACK_QUOTE_LIMIT)
      problems.push(`feedback would quote all ${q.text.length} characters of ${q.ref}: give an excerpt in "quotes" (the clause or sentence the key rests on)`);
  const evidence = question.evidence ?? [];
  if (evidence.length === 0) {
    problems.push('gives no "evidence": the words from its sources that the key rests on');
    return problems;
  }
  for (const e of evidence)
    if (!quotes.some((q) => containsWhole(q.text, e))) problems.push(`its evidence "${e}" is in none of the quotes feedback shows (${quotes.map((q) => q.ref).join(", ")})`);
  for (const q of quotes)
    if (!evidence.some((e) => containsWhole(q.text, e)))
      problems.push(`cites ${q.ref}, but feedback's quote of it holds none of the question's evidence: cite only sources the key rests on, and quote the part it rests on`);
  return problems;
}

/** A classification question states the shared definitions and tie-breaks (lib/content/labels.ts). */
export function classificationProblems(question: Question): string[] {
  if (question.type !== "classification") return [];
  return normalise(question.prompt).includes(normalise(CLASSIFICATION_GUIDE))
    ? []
    : ["its prompt does not state the course's definitions and tie-breaks (CLASSIFICATION_GUIDE in lib/content/labels.ts), so a statement may fit two labels"];
}

/** The claims of ¶n that a question tests: it cites ¶n and an evidence phrase from ¶n overlaps the claim. */
function claimsTested(paragraph: Article["paragraphs"][number], question: Question): string[] {
  if (!question.refs.includes(`p${paragraph.n}`)) return [];
  const phrases = (question.evidence ?? []).filter((e) => containsWhole(paragraph.text, e));
  return paragraph.claims.filter((c) => phrases.some((e) => containsWhole(c, e) || containsWhole(e, c)));
}

/**
 * Every paragraph is tested by at least two questions of different types, and
 * so is every claim it lists.
 */
export function paragraphCoverageProblems(course: Course): string[] {
  const problems: string[] = [];
  const questions = course.lessons.flatMap((l) => l.questions);
  const describe = (qs: Question[]) => (qs.length ? qs.map((q) => `${q.id} (${q.type})`).join(", ") : "none");
  for (const p of course.article.paragraphs) {
    const testing = questions.filter((q) => q.refs.includes(`p${p.n}`));
    if (testing.length < 2 || new Set(testing.map((q) => q.type)).size < 2)
      problems.push(`coverage: ¶${p.n} needs at least two questions of different types; it has ${describe(testing)}`);
    if (p.claims.length === 0) problems.push(`article: ¶${p.n} lists no claims`);
    for (const claim of p.claims) {
      if (!containsWhole(p.text, claim)) {
        problems.push(`article: the claim "${claim}" is not in ¶${p.n}`);
        continue;
      }
      const onClaim = questions.filter((q) => claimsTested(p, q).includes(claim));
      if (onClaim.length < 2 || new Set(onClaim.map((q) => q.type)).size < 2)
        problems.push(`coverage: the claim "${claim}" (¶${p.n}) needs at least two questions of different types; it has ${describe(onClaim)}`);
    }
  }
  return problems;
}

/**
 * Review (lib/learning/review.ts) follows each due question with another on
 * the same paragraph, or, for a question citing none, the same source; only
 * when there is none does it fall back to the same objective.
 */
export function reviewPairProblems(course: Course): string[] {
  const questions = course.lessons.flatMap((l) => l.questions);
  return questions.flatMap((q) => {
    const paragraphs = q.refs.filter((r) => r.startsWith("p"));
    const shared: string[] = paragraphs.length ? paragraphs : q.refs;
    return questions.some((o) => o !== q && o.refs.some((r) => shared.includes(r)))
      ? []
      : [`review: no other question cites ${shared.map(refLabel).join(" or ")}, so review would pair ${q.id} by objective only`];
  });
}

/**
 * A fact's "as of" date: required, a real day written YYYY-MM-DD, and not
 * after CONTENT_REVIEW_DATE (a fact cannot have been checked after the review).
 */
export function asOfProblems(fact: Pick<Fact, "id" | "asOf">, reviewDate = CONTENT_REVIEW_DATE): string[] {
  const at = `facts: fact:${fact.id} asOf`;
  if (!fact.asOf) return [`${at}: missing (the day the statement was true or checked, YYYY-MM-DD)`];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fact.asOf);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || isoDay(day) !== fact.asOf) return [`${at}: "${fact.asOf}" is not a real day written YYYY-MM-DD`];
  if (fact.asOf > reviewDate) return [`${at}: ${fact.asOf} is after the content review date ${reviewDate}`];
  return [];
}

/** Statements that have dated, in every lesson and in the facts (lib/content/dated.ts). */
export function datedProblems(course: Course): string[] {
  const problems: string[] = [];
  const check = (where: string, text: string | undefined) => {
    if (text) for (const p of datedStatements(text)) problems.push(`${where}: ${p}`);
  };
  for (const f of course.facts) {
    check(`facts: fact:${f.id}`, f.text);
    check(`facts: fact:${f.id} caveat`, f.caveat);
  }
  for (const l of course.lessons) {
    const at = `lesson ${l.id}`;
    check(`${at} title`, l.title);
    check(`${at} summary`, l.summary);
    for (const o of l.objectives) check(`${at} objective ${o.id}`, o.text);
    for (const s of l.sections) check(`${at} section ${s.id}`, `${s.heading}\n${s.body}`);
    for (const t of l.keyTerms) check(`${at} term "${t.term}"`, t.definition);
    for (const q of l.questions) {
      const qat = `${at} question ${q.id}`;
      for (const text of [q.prompt, q.explanation, ...choiceTexts(q)]) check(qat, text);
    }
  }
  return problems;
}

/** Every text a question shows besides its prompt. */
export function choiceTexts(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.options.map((o) => o.text);
    case "ordering":
      return q.items.map((i) => i.text);
    case "matching":
      return [...q.pairs.flatMap((p) => [p.left, p.right]), ...q.distractors];
    case "classification":
      return q.statements.map((s) => s.text);
    default:
      return [];
  }
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Checks that a question's answer key can be answered with the choices it offers. */
export function answerKeyProblems(question: Question): string[] {
  switch (question.type) {
    case "single": {
      const ids = question.options.map((o) => o.id);
      return [
        ...duplicates(ids).map((id) => `option id "${id}" is used twice`),
        ...(ids.includes(question.answer) ? [] : [`answer "${question.answer}" is not an option`]),
      ];
    }
    case "multiple": {
      const ids = question.options.map((o) => o.id);
      const problems = duplicates(ids).map((id) => `option id "${id}" is used twice`);
      for (const a of question.answer) if (!ids.includes(a)) problems.push(`answer "${a}" is not an option`);
      if (duplicates(question.answer).length) problems.push("answer lists an option twice");
      if (question.answer.length === ids.length) problems.push("every option is correct, so the question tests nothing");
      return problems;
    }
    case "ordering":
      return duplicates(question.items.map((i) => i.id)).map((id) => `item id "${id}" is used twice`);
    case "matching": {
      const rights = [...question.pairs.map((p) => p.right), ...question.distractors];
      return [
        ...duplicates(question.pairs.map((p) => p.id)).map((id) => `pair id "${id}" is used twice`),
        ...duplicates(rights).map((r) => `right-hand choice "${r}" appears twice`),
      ];
    }
    case "short_text":
      return question.accepted.some((a) => a.trim() === "") ? ["an accepted answer is blank"] : [];
    case "numeric":
      return Number.isFinite(question.answer) ? [] : ["answer is not a finite number"];
    case "classification":
      return duplicates(question.statements.map((s) => s.id)).map((id) => `statement id "${id}" is used twice`);
    case "true_false":
      return [];
  }
}
