import type { Metadata } from "next";
import { CourseHero } from "@/components/course/course-hero";
import { LessonList } from "@/components/course/lesson-list";
import { getLessonProgressForStudent } from "@/lib/attempts/read";
import { coursePath } from "@/lib/content/citations";
import { loadCourse } from "./_components/load-course";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadCourse(params, "/")).course.title };
}

export default async function CoursePage({ params }: Props) {
  const { course, user } = await loadCourse(params, "/");
  const progress = user ? await getLessonProgressForStudent(user.id) : new Map();
  return (
    <>
      <CourseHero course={course} base={coursePath(course.slug)} eyebrow="Course · built by a teacher">
        Read the news article, learn what it rests on, and test yourself. Every question cites the paragraph or fact it tests.
      </CourseHero>
      <h2 id="lessons">Lessons</h2>
      <LessonList lessons={course.lessons} progress={progress} />
    </>
  );
}
