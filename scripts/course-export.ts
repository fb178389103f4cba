// Writes the course as stored in the database into a directory, in the YAML layout of content/.
// Usage: npm run course:export -- <dir> [course-slug]  (the built-in course unless a slug is given: a
// course a teacher published is at /courses/<slug>)
import path from "node:path";
import { exportCourse } from "../lib/content/export";
import { db } from "../lib/db";

const [dir, slug] = process.argv.slice(2);
if (!dir) {
  console.error("Usage: npm run course:export -- <dir> [course-slug]");
  process.exit(1);
}

exportCourse(db, path.resolve(dir), slug)
  .then((files) => console.log(`Exported the course to ${dir}: ${files.length} files (${files.join(", ")}).`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
