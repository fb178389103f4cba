// What a draft's author is told about a section while writing it: the same rules as the built-in
// course's check (lib/content/validate.ts) for citations. Pure.
import { citedRefs, parseRef, refLabel } from "@/lib/content/citations";
import { plural } from "@/lib/format";
import type { DraftContent, DraftSection } from "./edits";

/** The problems of one section's citations, each as a sentence; none when it is sound. */
export function sectionProblems(draft: Pick<DraftContent, "paragraphs" | "facts">, section: DraftSection): string[] {
  const refs = citedRefs(section.body);
  const problems: string[] = [];
  if (section.body.trim() === "") return ["Write the section's text."];
  if (refs.length === 0) problems.push("Cite the paragraph or fact each claim rests on, as [¶3] or [fact:1].");
  for (const ref of refs) {
    const parsed = parseRef(ref);
    if (parsed.kind === "paragraph" && parsed.n > draft.paragraphs.length) problems.push(`${refLabel(ref)} is not a paragraph of the article: it has ${plural(draft.paragraphs.length, "paragraph")}.`);
    if (parsed.kind === "fact" && parsed.id > draft.facts.length) problems.push(`${refLabel(ref)} does not exist: the draft has ${plural(draft.facts.length, "fact")}.`);
  }
  if (section.kind === "background" && !refs.some((r) => r.startsWith("fact:"))) problems.push("A background section cites at least one fact.");
  return problems;
}
