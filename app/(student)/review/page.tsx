import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { getReviewSession } from "@/lib/learning/review";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const items = await getReviewSession(user.id, currentTime());
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/progress">My progress</Link> · Review
      </p>
      <h1>Review</h1>
      {items.length === 0 ? (
        <p className="alert alert--info">Nothing is due for review now. Questions you miss come back here on the day they are due.</p>
      ) : (
        <>
          <p>
            The questions you missed before, when they are due again. After each one comes a different question on the same paragraph of the article, so you recall the idea, not just the
            answer. Right answers come back later and later; a miss comes back tomorrow.
          </p>
          <ReviewSession items={items} />
          <p>
            <Link href="/progress">← Back to my progress</Link>
          </p>
        </>
      )}
    </div>
  );
}
