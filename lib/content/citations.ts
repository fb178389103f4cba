import type { SourceRef } from "./schema";

/** Inline citations in lesson prose: `[¶5]`, `[fact:15]`, or `[article]` for the article's title and dateline. */
const CITATION = /\[(?:¶(\d+)|fact:(\d+)|(article))\]/g;

export type CitationToken = { kind: "text"; text: string } | { kind: "ref"; ref: SourceRef };

/** Splits a line of prose into text and citation tokens. */
export function tokenizeCitations(text: string): CitationToken[] {
  const tokens: CitationToken[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: text.slice(last, index) });
    tokens.push({ kind: "ref", ref: match[1] ? `p${match[1]}` : match[2] ? `fact:${match[2]}` : "article" });
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

export type ParsedRef = { kind: "article" } | { kind: "paragraph"; n: number } | { kind: "fact"; id: number };

/** `article` is the article itself (its title and dateline), `p5` a paragraph, `fact:15` a background fact. */
export function parseRef(ref: SourceRef): ParsedRef {
  if (ref === "article") return { kind: "article" };
  return ref.startsWith("p") ? { kind: "paragraph", n: Number(ref.slice(1)) } : { kind: "fact", id: Number(ref.slice(5)) };
}

/** The built-in course's slug: its pages are at the site's root (/article, /facts). */
export const COURSE_SLUG = "ottawa-convention";

/** Where a course's pages are: "" for the built-in course, /courses/<slug> for the others. */
export const coursePath = (slug: string) => (slug === COURSE_SLUG ? "" : `/courses/${slug}`);

/** The page and anchor a reference links to, in the course at `base` (coursePath). */
export function refHref(ref: SourceRef, base = ""): string {
  const parsed = parseRef(ref);
  if (parsed.kind === "article") return `${base}/article`;
  return parsed.kind === "paragraph" ? `${base}/article#p${parsed.n}` : `${base}/facts#fact-${parsed.id}`;
}

export function refLabel(ref: SourceRef): string {
  const parsed = parseRef(ref);
  if (parsed.kind === "article") return "Article";
  // A thin space after the pilcrow: in Inter, "¶6" reads like "¶16".
  return parsed.kind === "paragraph" ? `¶\u2009${parsed.n}` : `Fact ${parsed.id}`;
}

/** A longer name for a reference, for a link's title. */
export function refTitle(ref: SourceRef): string {
  const parsed = parseRef(ref);
  if (parsed.kind === "article") return "The article: title and date line";
  return parsed.kind === "paragraph" ? `Article paragraph ${parsed.n}` : `Background fact ${parsed.id}`;
}

/**
 * What the `article` reference quotes: the article's title, then its date and
 * section as the dateline prints them ("08.07.2025 | War in Ukraine").
 */
export function articleDateline(article: { title: string; date: string; section: string }): string {
  const [y, m, d] = article.date.split("-");
  return `${article.title}\n\n${d}.${m}.${y} | ${article.section}`;
}
