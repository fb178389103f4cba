/**
 * The article's image credit is stored in one column (Course.articleImageCredit):
 * the credit exactly as the article prints it, then, after a line break, our
 * gloss on it if we wrote one. Kept apart so that the page can show the
 * original as the article's and the gloss as ours.
 */
export function storedImageCredit(original: string | undefined, gloss: string | undefined): string | null {
  if (!original) return null;
  return gloss ? `${original}\n${gloss}` : original;
}

export function readImageCredit(stored: string | null | undefined): { original: string; gloss: string | null } | null {
  if (!stored) return null;
  const [original = "", ...rest] = stored.split("\n");
  return { original, gloss: rest.join(" ").trim() || null };
}
