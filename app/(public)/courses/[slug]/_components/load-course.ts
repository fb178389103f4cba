import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { canReadCourse } from "@/lib/content/access";
import { COURSE_SLUG } from "@/lib/content/citations";
import { getCourse } from "@/lib/content/queries";

/** A published course for its pages, or "not found" for a reader it is not open to. The built-in course lives at the site's root. */
export async function loadCourse(params: Promise<{ slug: string }>, rootPath: string) {
  const { slug } = await params;
  if (slug === COURSE_SLUG) redirect(rootPath);
  const [course, user] = await Promise.all([getCourse(slug), getCurrentUser()]);
  if (!course || !(await canReadCourse(user, course.id))) notFound();
  return { course, user };
}
