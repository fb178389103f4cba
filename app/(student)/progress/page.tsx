import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { getRegradeNotices } from "@/lib/attempts/regrade";
import { RegradeNotices } from "@/components/quiz/regrade-notices";
import { getStudentHome } from "@/lib/learning/queries";
import { Assignments } from "./_components/assignments";
import { Mastery } from "./_components/mastery";
import { RecentAttempts } from "./_components/recent-attempts";
import { ReviewCard } from "./_components/review-card";

export const metadata: Metadata = { title: "My progress" };

/** The student's home: review due, assignments, mastery per lesson and objective, recent attempts. */
export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [home, regrades] = await Promise.all([getStudentHome(user.id, currentTime()), getRegradeNotices(user.id)]);
  return (
    <div className="narrow">
      <p className="eyebrow">Student</p>
      <h1>My progress</h1>
      <RegradeNotices notices={regrades} linkAttempts />
      <ReviewCard review={home.review} suggestions={home.suggestions} />
      <Assignments assignments={home.assignments} />
      <Mastery lessons={home.lessons} />
      <RecentAttempts recent={home.recent} />
    </div>
  );
}
