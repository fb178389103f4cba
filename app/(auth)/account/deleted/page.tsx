import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="card auth-card" data-testid="account-deleted">
      <h1>Your account is deleted</h1>
      <p>Your account and everything stored about it are gone, and you are signed out. Your teachers no longer see you or your work in their classes.</p>
      <p>
        <Link href="/">Back to the course</Link>: the lessons and practice stay open to everyone.
      </p>
    </div>
  );
}
