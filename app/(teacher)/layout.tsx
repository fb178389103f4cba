import { requireTeacher } from "@/lib/auth/session";

/** Every teacher page is for teachers: anyone else sees "not found" (each page and action checks again). */
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireTeacher();
  return children;
}
