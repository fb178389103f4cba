import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { CourseHero } from "@/components/course/course-hero";
import { CourseList } from "@/components/course/course-list";
import { LessonList } from "@/components/course/lesson-list";
import { getCourse, getPublishedCourses } from "@/lib/content/queries";
import { getLessonProgressForStudent } from "@/lib/attempts/read";

export default async function HomePage() {
  const [course, user] = await Promise.all([getCourse(), getCurrentUser()]);
  if (!course) notFound();
  const [progress, others] = await Promise.all([user ? getLessonProgressForStudent(user.id) : new Map(), getPublishedCourses(user)]);

  return (
    <>
      <CourseHero course={course} base="" eyebrow="Course · International humanitarian law">
        In the summer of 2025 Ukraine moved to leave the treaty that bans anti-personnel mines. Read the news article, learn the
        law behind it, weigh the arguments on both sides, and test yourself. Every question cites the paragraph or fact it tests.
      </CourseHero>

      <h2 id="lessons">Lessons</h2>
      <LessonList lessons={course.lessons} progress={progress} />
      {others.length > 0 && <CourseList courses={others} />}
      {!user && (
        <p className="alert alert--info" style={{ marginTop: "2rem" }}>
          Anyone can read the lessons. <Link href="/sign-up">Create a free account</Link> to take the practice quizzes and keep your
          scores.
        </p>
      )}
    </>
  );
}

