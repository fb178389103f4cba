import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatDate, plural } from "@/lib/format";
import { getAccountOverview } from "@/lib/privacy/account";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Your account" };

const ROLE = { STUDENT: "Student", TEACHER: "Teacher", ADMIN: "Admin" } as const;

export default async function AccountPage() {
  const user = await requireUser("/account");
  const overview = await getAccountOverview(user.id);
  if (!overview) notFound();
  const { stored } = overview;
  return (
    <div className="narrow stack">
      <h1>Your account</h1>
      <dl className="facts-grid" data-testid="account-facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd style={{ overflowWrap: "anywhere" }}>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE[user.role]}</dd>
        <dt>Since</dt>
        <dd>{formatDate(overview.createdAt)}</dd>
      </dl>

      <section className="card" aria-labelledby="your-data">
        <h2 id="your-data" style={{ marginTop: 0 }}>
          Your data
        </h2>
        <p>
          We keep {plural(stored.classes, "class membership")}, {plural(stored.attempts, "attempt")} with {plural(stored.answers, "answer")}, your lesson progress and
          mastery, and {plural(stored.reviewItems, "question")} in your review. The file has all of it, with your teachers&apos; changes to your grades, in JSON. Answers and
          explanations your teacher has not released yet stay out of it until they are.
        </p>
        <a className="button button--secondary" href="/api/me/export" download data-testid="export-link">
          Download my data
        </a>
      </section>

      <section className="card danger-zone" aria-labelledby="delete-account">
        <h2 id="delete-account" style={{ marginTop: 0 }}>
          Delete my account
        </h2>
        <p>
          This deletes your account and everything stored about you: class memberships, attempts and answers, grades and extensions, progress, mastery and review. Your
          teachers no longer see you or your work. You are signed out at once.
        </p>
        {user.role !== "STUDENT" && (
          <p className="muted">
            Classes you teach with a co-teacher stay with them, with the assignments and grades you set.
            {overview.emptyClasses.length > 0 && ` Classes you alone teach that have no students go with your account: ${overview.emptyClasses.join(", ")}.`}
          </p>
        )}
        {overview.blockedBy ? (
          <p className="alert alert--warn" data-testid="delete-blocked">
            {overview.blockedBy}
          </p>
        ) : (
          <DeleteAccountForm />
        )}
      </section>
    </div>
  );
}
