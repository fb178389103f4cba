// The first run shows the product: a fresh embedded database gets a demo class with a term of
// work, read back here through the same functions the teacher's pages use.
import { expect, it } from "vitest";
import { getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { seedDemoAccounts } from "@/lib/auth/demo";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { seedDemoTerm } from "@/lib/demo/term";

it("seeds a class of 26 with four lesson checks, late and missing work, review items and mastery, once", async () => {
  await seedCourse(db, loadCourse());
  await seedDemoAccounts(db);
  const now = new Date();
  const [first, again] = await Promise.all([seedDemoTerm(db, now), seedDemoTerm(db, now)]);
  expect([first.created, again.created].sort()).toEqual([false, true]);
  const made = first.created ? first : again;
  expect(made.students).toBe(26);
  expect(await db.class.count()).toBe(1);

  const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
  const cls = await db.class.findFirstOrThrow({ select: { id: true } });
  const book = (await getGradebook(teacher.id, cls.id))!;
  expect(book.columns).toHaveLength(4);
  const statuses = book.rows.flatMap((r) => Object.values(r.cells).map((c) => c.status));
  for (const status of ["submitted", "late", "missing", "not_started"]) expect(statuses).toContain(status);
  const report = (await getAssignmentReport(teacher.id, book.columns[0]!.id))!;
  expect(report.items.length).toBeGreaterThan(10);
  const facilities = report.items.map((i) => i.stats.facility).filter((f): f is number => f !== null);
  expect(Math.max(...facilities) - Math.min(...facilities)).toBeGreaterThan(20);

  const demoStudent = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[1].email }, select: { id: true } });
  expect(await db.reviewItem.count({ where: { userId: demoStudent.id, dueAt: { lte: now } } })).toBeGreaterThan(0);
  expect(await db.objectiveMastery.count({ where: { userId: demoStudent.id } })).toBeGreaterThan(3);
  expect(await db.attempt.count({ where: { status: "SUBMITTED", progressAppliedAt: null } })).toBe(0);
}, 120_000);
