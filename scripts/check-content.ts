// Prints a summary of the course in content/, or every problem found in it.
import { loadCourse, ContentError } from "../lib/content/load";

try {
  const course = loadCourse();
  const questions = course.lessons.flatMap((l) => l.questions);
  const types = [...new Set(questions.map((q) => q.type))];
  console.log(`${course.lessons.length} lessons, ${questions.length} questions, ${course.article.paragraphs.length} paragraphs, ${course.facts.length} facts`);
  for (const l of course.lessons) console.log(`  ${l.position}. ${l.id}: ${l.sections.length} sections, ${l.questions.length} questions`);
  console.log(`question types (${types.length}): ${types.join(", ")}`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
