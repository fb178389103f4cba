import { isUniqueViolation, type Db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { hashPassword } from "./password";

/**
 * Creates the demo accounts on a database that has no users yet. Returns how many it created.
 * Another instance seeding at the same moment may create one first: that one stays.
 */
export async function seedDemoAccounts(db: Db): Promise<number> {
  if ((await db.user.count()) > 0) return 0;
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    try {
      await db.user.create({
        data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
      });
      created++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}
