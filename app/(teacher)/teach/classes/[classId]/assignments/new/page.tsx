import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAssignableQuizzes } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";
import { getClassForTeacher } from "@/lib/classes/queries";
import { ClassNav } from "../../_components/class-nav";
import { AssignmentForm } from "./assignment-form";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requireTeacher();
  const cls = await getClassForTeacher(teacher.id, (await params).classId);
  if (!cls) notFound();
  const quizzes = await getAssignableQuizzes(teacher.id);
  return (
    <div className="narrow">
      <ClassNav classId={cls.id} name={cls.name} current="new" />
      <h2>New assignment</h2>
      <AssignmentForm
        classId={cls.id}
        quizzes={quizzes.map((q) => ({ slug: q.slug, course: q.lesson.course.title, title: `Lesson ${q.lesson.position}: ${q.lesson.title}`, questions: q.lesson._count.questions }))}
        students={cls.members.filter((m) => m.role === "STUDENT").map((m) => ({ id: m.user.id, name: m.user.name }))}
      />
    </div>
  );
}
