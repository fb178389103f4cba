// Converts questions written in Moodle's GIFT format into drafts for a lesson of content/.
// Usage: npm run course:gift -- <questions.gift> [--objective <objective-id>] [--out <drafts.yaml>]
// The drafts go to --out (or to stdout), never straight into a lesson: each lists, in a comment,
// what the author adds before pasting it under the lesson's `questions:` (its references, its
// objective, its evidence), and `npm run check:content` then checks the lesson as a whole.
// What has no place in this course (essays, descriptions, partial-credit answers…) is listed.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { importGift } from "../lib/content/gift";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { objective: { type: "string" }, out: { type: "string" } } });
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run course:gift -- <questions.gift> [--objective <objective-id>] [--out <drafts.yaml>]");
  process.exit(1);
}

let result;
try {
  result = importGift(readFileSync(file, "utf8"), { objective: values.objective });
} catch (error) {
  const e = error as Error & { location?: { start: { line: number; column: number } } };
  console.error(e.location ? `${file}:${e.location.start.line}:${e.location.start.column}: not GIFT: ${e.message}` : `${file}: ${e.message}`);
  process.exit(1);
}

const todo = new Map(result.todo.map((t) => [t.id, t.missing]));
const yaml = result.drafts
  .map((d) => [`# ${d.id}: add ${todo.get(d.id)!.join("; ")}`, stringify([d], { lineWidth: 100 }).trimEnd()].join("\n"))
  .join("\n\n");
const header = `# ${result.drafts.length} questions converted from ${file} by npm run course:gift. Paste them under a lesson's questions: once each has what its comment asks for.\n`;
if (values.out) writeFileSync(values.out, `${header}\n${yaml}\n`);
else console.log(`${header}\n${yaml}`);

const lines = [
  `${result.drafts.length} converted${values.out ? ` into ${values.out}` : ""}, ${result.skipped.length} not converted.`,
  ...result.skipped.map((s) => `  not converted: ${s.question}: ${s.reason}`),
  ...result.notes.map((s) => `  note: ${s.question}: ${s.reason}`),
];
console.error(lines.join("\n"));
