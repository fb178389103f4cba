import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { startAttempt } from "@/lib/attempts/start";
import { newStudent } from "../support/quiz";

beforeAll(async () => {
  await seedCourse(db, loadCourse());
});

it("the sweeper that npm start runs finalises an abandoned attempt, as its own process", async () => {
  const { id } = await newStudent();
  const attemptId = await startAttempt(id, "the-convention-check", new Date(Date.now() - 2 * 60 * 60_000));
  const { stdout } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/sweeper.ts", "--once"], { env: process.env });
  expect(stdout).toContain('"finalised":1');
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect(attempt.status).toBe("SUBMITTED");
}, 60_000);
