/**
 * What feedback quotes for each reference of a question, and the text checks
 * behind it. Pure: the validator (lib/content/validate.ts) and the feedback
 * query (lib/content/queries.ts) both use it, so the check sees exactly what a
 * student sees.
 *
 * Feedback shows, for each reference, either the question's excerpt of that
 * source (its `quotes` entry) or, without one, the whole paragraph, fact or
 * dateline. Nothing is cut: a fact longer than FEEDBACK_QUOTE_LIMIT must be
 * quoted by an excerpt, so that feedback points at the part the key rests on.
 */

/** The longest source text feedback shows whole; a longer fact needs an excerpt, and an excerpt may not be longer. */
export const FEEDBACK_QUOTE_LIMIT = 420;

/**
 * Text as compared: list and quote markers at the start of a line dropped,
 * curly quotes made straight, runs of white space made one space.
 */
export function normalise(text: string): string {
  return text
    .replace(/^[ \t]*(?:- |> ?)/gm, "")
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `needle` occurs in `haystack` as whole words (after normalising
 * both): "20(3)" is in "Article 20(3) says", "art" is not in "party".
 */
export function containsWhole(haystack: string, needle: string): boolean {
  const h = normalise(haystack).toLowerCase();
  const n = normalise(needle).toLowerCase();
  if (!n) return false;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) {
    const before = h[i - 1];
    const after = h[i + n.length];
    const startsInWord = WORD.test(n[0]!) && before !== undefined && WORD.test(before);
    const endsInWord = WORD.test(n[n.length - 1]!) && after !== undefined && WORD.test(after);
    if (!startsInWord && !endsInWord) return true;
  }
  return false;
}

/** The text feedback shows for one reference: the question's excerpt if it has one, else the whole source. */
export function shownQuote(sourceText: string, excerpt: string | undefined): { text: string; excerpt: boolean } {
  return excerpt === undefined ? { text: sourceText, excerpt: false } : { text: excerpt, excerpt: true };
}
