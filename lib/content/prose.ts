/** A small parser for the light markdown of lesson prose. Pure. */

export type Block = { kind: "paragraph"; text: string } | { kind: "quote"; text: string } | { kind: "list"; items: string[] };

export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.trim().split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.length > 0 && lines.every((l) => l.startsWith(">"))) {
      blocks.push({ kind: "quote", text: lines.map((l) => l.replace(/^>\s?/, "")).join(" ") });
      continue;
    }
    // A chunk may mix a lead-in sentence with a list: group runs of "- " lines.
    for (const [i, line] of lines.entries()) {
      const last = blocks[blocks.length - 1];
      const inChunk = last !== undefined && i > 0;
      if (line.startsWith("- ")) {
        if (inChunk && last.kind === "list") last.items.push(line.slice(2));
        else blocks.push({ kind: "list", items: [line.slice(2)] });
      } else if (inChunk && last.kind === "list") {
        last.items[last.items.length - 1] += ` ${line}`;
      } else if (inChunk && last.kind === "paragraph") {
        last.text += ` ${line}`;
      } else {
        blocks.push({ kind: "paragraph", text: line });
      }
    }
  }
  return blocks;
}

/** Splits text on **bold** markers. */
export function parseInline(text: string): { text: string; bold: boolean }[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith("**") && part.endsWith("**") && part.length > 4 ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}
