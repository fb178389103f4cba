// Checks a course directory in the layout of content/ (as `npm run check:content` does) and seeds it.
// Usage: npm run course:import -- <dir>
import path from "node:path";
import { importCourse } from "../lib/content/export";
import { ContentError } from "../lib/content/load";
import { db } from "../lib/db";
import { plural } from "../lib/format";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npm run course:import -- <dir>");
  process.exit(1);
}

importCourse(db, path.resolve(dir))
  .then((report) => {
    console.log(
      report.changed
        ? `Imported the course: ${report.lessons} lessons, ${report.questions} questions (${report.newVersions} new question versions, ${report.retired} retired).`
        : `The course is unchanged: ${report.lessons} lessons, ${report.questions} questions.`,
    );
    // A corrected fact: what rested on it, for the author to check.
    for (const c of report.corrections) {
      console.log(`Fact ${c.number} corrected (${c.fields.join(", ")}); it is cited by ${plural(c.sections.length, "section")} and ${plural(c.questions.length, "question")}:`);
      for (const s of c.sections) console.log(`  section ${s.lessonSlug}#${s.key}: ${s.heading}`);
      for (const q of c.questions) console.log(`  question ${q.key} (${q.lessonSlug}): ${q.prompt}`);
    }
  })
  .catch((error) => {
    // A ContentError lists every problem found; nothing was written.
    console.error(error instanceof ContentError || error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
