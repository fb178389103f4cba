import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { getClassRetention } from "@/lib/learning/queries";
import { ClassNav } from "../_components/class-nav";
import { Retention } from "./_components/retention";

export const metadata: Metadata = { title: "What the class keeps forgetting" };

/** The class's spaced review rolled up per objective and paragraph: its own page, so the gradebook does not wait for it. */
export default async function RetentionPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requireTeacher();
  const retention = await getClassRetention(teacher.id, (await params).classId, currentTime());
  if (!retention) notFound();
  return (
    <div className="wide">
      <ClassNav classId={retention.id} name={retention.name} current="retention" />
      <Retention retention={retention} />
    </div>
  );
}
