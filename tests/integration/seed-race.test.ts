// Two instances starting at once on an empty database both run the seed. Its own file, so the
// database starts empty.
import { expect, it } from "vitest";
import { seedDemoAccounts } from "@/lib/auth/demo";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";

it("two instances seeding an empty database at once write one course and one set of demo accounts, and neither fails", async () => {
  const course = loadCourse();
  const reports = await Promise.allSettled([seedCourse(db, course), seedCourse(db, course), seedDemoAccounts(db), seedDemoAccounts(db)]);
  expect(reports.filter((r) => r.status === "rejected")).toEqual([]);
  const versions = await db.questionVersion.groupBy({ by: ["questionId"], _count: true });
  expect(versions.length).toBeGreaterThan(50);
  expect(versions.every((v) => v._count === 1)).toBe(true);
  expect(await db.course.count()).toBe(1);
  expect(await db.user.count()).toBe(2);
}, 60_000);
