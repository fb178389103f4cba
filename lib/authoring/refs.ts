// References as a draft's authors type them, and whether they exist in the draft. Pure.
import { parseRef, refLabel } from "@/lib/content/citations";
import type { DraftContent } from "./edits";

/** The references typed for a question ("¶2, p3 fact:1 article"), in the course's form ("p2"), and what could not be read. */
export function parseRefs(text: string): { refs: string[]; unreadable: string[] } {
  const refs: string[] = [];
  const unreadable: string[] = [];
  const joined = text.replace(/\bfact\s*:?\s*(\d+)/gi, "fact:$1").replace(/(¶|\bp)\s+(\d+)/gi, "$1$2");
  for (const token of joined.split(/[\s,;]+/).filter(Boolean)) {
    const m = /^(?:\[)?(?:(?:¶|p)\s*(\d+)|fact\s*:?\s*(\d+)|(article))(?:\])?$/i.exec(token);
    if (!m) unreadable.push(token);
    else refs.push(m[1] ? `p${Number(m[1])}` : m[2] ? `fact:${Number(m[2])}` : "article");
  }
  return { refs: [...new Set(refs)], unreadable };
}

/**
 * Why a reference does not exist in the draft ("¶ 9 is not a paragraph of the article",
 * "Fact 3 does not exist"), without a full stop, for the caller to complete; null when it exists.
 */
export function missingRef(draft: Pick<DraftContent, "paragraphs" | "facts">, ref: string): string | null {
  const parsed = parseRef(ref);
  if (parsed.kind === "paragraph" && parsed.n > draft.paragraphs.length) return `${refLabel(ref)} is not a paragraph of the article`;
  if (parsed.kind === "fact" && parsed.id > draft.facts.length) return `${refLabel(ref)} does not exist`;
  return null;
}
