import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { requireUser } from "@/lib/auth/session";
import { joinClassAction } from "../../classes/actions";

export const metadata: Metadata = { title: "Join a class" };

/** The link a teacher shares: the code is filled in, the student confirms. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  return (
    <div className="card auth-card">
      <h1>Join a class</h1>
      {user.role === "STUDENT" ? (
        <ActionForm action={joinClassAction} fields={[{ name: "code", label: "Join code", defaultValue: code.slice(0, 20) }]} submitLabel="Join class" redirectTo="/classes" />
      ) : (
        <p className="alert alert--info">Join links are for student accounts. Sign in as a student to join.</p>
      )}
    </div>
  );
}
