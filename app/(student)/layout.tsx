import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The student's pages are for students: a teacher or an admin sees "not found" (the header links
 * them to /teach instead). Signing in is each page's own check, since only the page knows the
 * address to come back to; each page and action checks again.
 */
export default async function StudentLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (user && user.role !== "STUDENT") notFound();
  return children;
}
