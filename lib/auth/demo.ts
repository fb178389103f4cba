import type { Db } from "@/lib/db";
import { hashPassword } from "./password";

/** Listed in the README so a newcomer can try both roles. Only seeded where lib/env.js allows. */
export const DEMO_ACCOUNTS = [
  { email: "teacher@demo.ihl-classroom.org", password: "demo-teacher-2025", name: "Demo Teacher", role: "TEACHER" },
  { email: "student@demo.ihl-classroom.org", password: "demo-student-2025", name: "Demo Student", role: "STUDENT" },
] as const;

/** Creates the demo accounts on a database that has no users yet. Returns how many it created. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  if ((await db.user.count()) > 0) return 0;
  for (const account of DEMO_ACCOUNTS) {
    await db.user.create({
      data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
    });
  }
  return DEMO_ACCOUNTS.length;
}
