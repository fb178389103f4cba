/** The one spelling of "may teach": teachers, and admins, who may do what teachers do. */
export const isTeacher = (user: { role: "STUDENT" | "TEACHER" | "ADMIN" }) => user.role === "TEACHER" || user.role === "ADMIN";
