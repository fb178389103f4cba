/**
 * Statements that date. The course is read long after the events it teaches,
 * so a sentence about a date must stay true once that date has passed: no
 * future or present tense about a past date ("takes effect on 20 February
 * 2026", "will … in 2025", "is due to"), and no "still", "not yet", "so far",
 * "today" or "currently" without the date it was true on ("as of December
 * 2025"). Pure; run by validateCourse.
 */

/**
 * The date the content was last reviewed against its sources. Every date
 * before it has passed. A fixed date, not the clock, so that the check gives
 * the same answer on every run: move it forward at each review, and the check
 * then flags whatever has dated since.
 */
export const CONTENT_REVIEW_DATE = "2026-12-01";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?(?:/\\d{1,2})?\\s+${MONTH}\\s+(\\d{4})\\b`, "g");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "g");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const IN_YEAR = /\b(?:in|by|until|before|from|after|during)\s+((?:19|20)\d{2})\b/g;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates a sentence names, each as the last day it covers ("Feb 2026" → 2026-02-28). */
export function datesIn(sentence: string): { text: string; last: string }[] {
  const found: { text: string; last: string }[] = [];
  for (const m of sentence.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[m[3]!.slice(0, 3).toLowerCase()]!;
    found.push({ text: m[0], last: `${m[4]}-${pad(month)}-${pad(Number(m[2] ?? m[1]))}` });
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()]!;
    const y = Number(m[2]);
    found.push({ text: m[0], last: `${y}-${pad(month)}-${pad(lastDay(y, month))}` });
  }
  for (const m of sentence.matchAll(ISO)) found.push({ text: m[0], last: m[0] });
  for (const m of sentence.matchAll(IN_YEAR)) found.push({ text: m[0], last: `${m[1]}-12-31` });
  return found;
}

/** Words in quotation marks belong to their source and carry its date; they are not checked (messages show them as "…"). */
function withoutQuotations(text: string): string {
  return text.replace(/"[^"\n]*"/g, '"…"').replace(/“[^”]*”/g, '"…"');
}

const ABBREVIATION = /(?:\bArts?|\bNo|\bpara|\be\.g|\bi\.e|\bcf|\bSt|\bMr|\bDr|\bvs)$/;

/** Sentences and list items, roughly: enough to keep a verb and its date together. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of withoutQuotations(text).split(/\n+/)) {
    let start = 0;
    for (const m of line.matchAll(/[.!?](?=\s+["“(*A-Z0-9])/g)) {
      const end = (m.index ?? 0) + 1;
      if (ABBREVIATION.test(line.slice(start, end - 1))) continue;
      out.push(line.slice(start, end).trim());
      start = end;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter(Boolean);
}

/** Future or scheduled tense: wrong about a date that has passed ("did take effect" is past). */
const FUTURE = [
  /\bwill\b/i,
  /\bwon't\b/i,
  /(?<!\bdid\s)(?<!\bdid not\s)\btakes? effect\b/i,
  /\b(?:is|are) (?:due|set|scheduled|expected|planned|about) to\b/i,
  /\bdue (?:on|by|in)\b/i,
  /\bfalls? to\b/i,
  /\b(?:is|are|applies|apply|becomes?|counts?|starts?|begins?)\s+(?:[\w'’]+\s+){0,4}from\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{4}\b/,
];

/** Words that make a clause conditional or hypothetical, so a present tense in it is timeless. */
const CONDITIONAL = /\b(?:if|when|whether|unless|suppose|once)\b/i;

/** Words that are true only on some date, and so need it ("as of December 2025"). */
const TIME_BOUND = [
  /\b(?:is|are|isn't|aren't|remains?|has|have)\s+(?:\w+\s+)?still\b/i,
  /\bstill\s+(?:is|are|has|have|holds?|counts?|says?|gives?|lists?|needs?|exists?|applies|bind|binds)\b/i,
  /(?<!\b(?:had|was|were|did|could)\s)\bnot yet\b/i,
  /\bfor now\b/i,
  /\bcurrently\b/i,
  /\bso far\b/i,
  /\bto date\b/i,
  /\btoday\b/i,
  /\bat present\b/i,
];
/** Being at war is time-bound too, unless the clause is a condition ("if the state is engaged in an armed conflict"). */
const AT_WAR = /\b(?:is|are)\s+(?:still\s+)?(?:at war|in an armed conflict|engaged in an armed conflict)\b/i;
const AS_OF = /\bas of\b/i;

/**
 * One message per sentence of `text` that has dated, against `today` (by
 * default CONTENT_REVIEW_DATE).
 */
export function datedStatements(text: string, today = CONTENT_REVIEW_DATE): string[] {
  const problems: string[] = [];
  for (const sentence of sentencesOf(text)) {
    // A verb and its date: the same clause (commas and semicolons inside brackets do not end one).
    const dated = clausesOf(sentence).flatMap((clause) => {
      const future = FUTURE.find((re) => re.test(clause));
      const past = datesIn(clause).filter((d) => d.last < today);
      return future && past.length ? [{ tense: clause.match(future)![0], date: past[0]!.text }] : [];
    });
    if (dated.length) {
      problems.push(`"${sentence}" speaks of ${dated[0]!.date} in the future or present tense ("${dated[0]!.tense}"), but that date has passed`);
      continue;
    }
    if (AS_OF.test(sentence) || datesIn(sentence).length) continue;
    const bound = TIME_BOUND.find((re) => re.test(sentence))?.exec(sentence)?.[0] ?? clausesOf(sentence).find((c) => AT_WAR.test(c) && !CONDITIONAL.test(c))?.match(AT_WAR)![0];
    if (bound) problems.push(`"${sentence}" says "${bound}" without the date it was true on (write "as of <date>" and a tense that stays true)`);
  }
  return problems;
}

/** Splits a sentence at commas, semicolons and colons that are not inside brackets. */
function clausesOf(sentence: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (depth === 0 && (ch === "," || ch === ";" || ch === ":")) {
      clauses.push(sentence.slice(start, i));
      start = i + 1;
    }
  }
  clauses.push(sentence.slice(start));
  return clauses.map((c) => c.trim()).filter(Boolean);
}
