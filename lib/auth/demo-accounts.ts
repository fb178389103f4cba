/** Listed in the README so a newcomer can try both roles. Only seeded where lib/env.js allows. */
export const DEMO_ACCOUNTS = [
  { email: "teacher@demo.ihl-classroom.org", password: "demo-teacher-2025", name: "Demo Teacher", role: "TEACHER" },
  { email: "student@demo.ihl-classroom.org", password: "demo-student-2025", name: "Demo Student", role: "STUDENT" },
] as const;
