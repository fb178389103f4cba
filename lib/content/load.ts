import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { articleSchema, factsFileSchema, lessonSchema } from "./schema";
import { validateCourse, type Course } from "./validate";

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The course content is invalid:\n- ${problems.join("\n- ")}`);
    this.name = "ContentError";
  }
}

function parseFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${path.basename(file)}: ${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new ContentError(problems);
  }
  return result.data;
}

/** Reads `content/`, checks every file with zod and the course as a whole, or throws ContentError. */
export function loadCourse(dir = path.join(process.cwd(), "content")): Course {
  const lessonDir = path.join(dir, "lessons");
  const course: Course = {
    article: parseFile(path.join(dir, "article.yaml"), articleSchema),
    facts: parseFile(path.join(dir, "facts.yaml"), factsFileSchema).facts,
    lessons: readdirSync(lessonDir)
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => parseFile(path.join(lessonDir, f), lessonSchema))
      .sort((a, b) => a.position - b.position),
  };
  const problems = validateCourse(course);
  if (problems.length) throw new ContentError(problems);
  return course;
}
