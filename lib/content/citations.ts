import type { SourceRef } from "./schema";

/** Inline citations in lesson prose: `[¶5]` or `[fact:15]`. */
const CITATION = /\[(?:¶(\d+)|fact:(\d+))\]/g;

export type CitationToken = { kind: "text"; text: string } | { kind: "ref"; ref: SourceRef };

/** Splits a line of prose into text and citation tokens. */
export function tokenizeCitations(text: string): CitationToken[] {
  const tokens: CitationToken[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: text.slice(last, index) });
    tokens.push({ kind: "ref", ref: match[1] ? `p${match[1]}` : `fact:${match[2]}` });
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) });
  return tokens;
}

/** Every reference cited in a piece of prose, in order, without repeats. */
export function citedRefs(text: string): SourceRef[] {
  const refs = tokenizeCitations(text).flatMap((t) => (t.kind === "ref" ? [t.ref] : []));
  return [...new Set(refs)];
}

export function parseRef(ref: SourceRef): { kind: "paragraph"; n: number } | { kind: "fact"; id: number } {
  return ref.startsWith("p") ? { kind: "paragraph", n: Number(ref.slice(1)) } : { kind: "fact", id: Number(ref.slice(5)) };
}

/** The page and anchor a reference links to. */
export function refHref(ref: SourceRef): string {
  const parsed = parseRef(ref);
  return parsed.kind === "paragraph" ? `/article#p${parsed.n}` : `/facts#fact-${parsed.id}`;
}

export function refLabel(ref: SourceRef): string {
  const parsed = parseRef(ref);
  // A thin space after the pilcrow: in Inter, "¶6" reads like "¶16".
  return parsed.kind === "paragraph" ? `¶\u2009${parsed.n}` : `Fact ${parsed.id}`;
}
