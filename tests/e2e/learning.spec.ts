import { expect, test, type Locator } from "@playwright/test";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { newStudent, PHONE, screenshot, signUp } from "./support/helpers";
import { json, sql } from "./support/db";

const DAY = 86_400_000;

/** The server's clock (lib/clock.ts, TEST_CLOCK=1) runs this far ahead of real time. */
function setClockOffset(ms: number) {
  writeFileSync(path.join(process.env.DATA_DIR!, "clock-offset-ms"), String(ms));
}

/** The key of a single-choice question version, read from the database as only the server may. */
async function keyOf(versionId: string): Promise<string> {
  const [row] = await sql<{ answerKey: unknown }>('SELECT "answerKey" FROM "QuestionVersion" WHERE "id" = $1', versionId);
  return json<{ optionId: string }>(row!.answerKey).optionId;
}

const versionIdOf = async (card: Locator) => (await card.getAttribute("aria-labelledby"))!.replace(/^[qr]-/, "").replace(/-prompt$/, "");

/** Chooses the right option of a single-choice card, or a wrong one. */
async function chooseSingle(card: Locator, right: boolean) {
  const key = await keyOf(await versionIdOf(card));
  const options = card.locator('input[type="radio"]');
  for (let i = 0; i < (await options.count()); i++) {
    const value = await options.nth(i).getAttribute("value");
    if ((value === key) === right) return options.nth(i).check();
  }
  throw new Error("no such option");
}

test.afterEach(() => setClockOffset(0));

test("a student misses two questions, finds them due in review the next day, answers one right and one wrong, and sees the schedule and mastery move", async ({ page }) => {
  test.setTimeout(120_000);
  setClockOffset(0);
  await signUp(page, newStudent(), "Student", "/lessons/the-convention/quiz");

  // Day 0: a practice quiz with two single-choice questions missed.
  await page.getByRole("button", { name: "Start the practice quiz" }).click();
  const singles = page.locator('[data-testid="question"][data-type="single"]');
  await expect(singles.first()).toBeVisible();
  for (const i of [0, 1]) {
    const card = singles.nth(i);
    await chooseSingle(card, false);
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect(card.getByTestId("feedback")).toBeVisible();
  }
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Finish and save my score" }).click();
  await expect(page).toHaveURL(/\/attempts\//);

  await page.getByRole("link", { name: "My progress" }).click();
  await expect(page.getByTestId("due-now")).toContainText("Nothing due now.");
  await expect(page.getByTestId("due-upcoming")).toContainText("2 questions");
  const familiar = page.getByTestId("mastery").locator("li[data-level='1']");
  await expect(familiar.first()).toBeVisible();
  const triedBefore = await familiar.allTextContents();
  await screenshot(page, "progress-day0-desktop");

  // Day 1: both are due.
  setClockOffset(DAY);
  await page.reload();
  await expect(page.getByTestId("due-now")).toContainText("2 questions are due now.");
  await screenshot(page, "progress-day1-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "progress-day1-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "Review now" }).click();
  const due = page.locator('[data-testid="review-item"][data-kind="due"]');
  await expect(due).toHaveCount(2);
  // Each due question is followed by a different one on the same paragraph (or fact).
  await expect(page.locator('[data-testid="review-item"][data-kind="related"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="review-item"][data-kind="related"]').first()).toContainText(/a related question, (also on (¶|Fact)|on the same objective)/);
  await chooseSingle(due.nth(0), true);
  await due.nth(0).getByRole("button", { name: "Check answer" }).click();
  await expect(due.nth(0).getByTestId("schedule-line")).toContainText("Next review:");
  await expect(due.nth(0).getByTestId("schedule-line")).toContainText("(box 2 of 5)");
  await chooseSingle(due.nth(1), false);
  await due.nth(1).getByRole("button", { name: "Check answer" }).click();
  await expect(due.nth(1).getByTestId("schedule-line")).toContainText("Back to box 1");
  await expect(due.nth(1).getByTestId("feedback")).toBeVisible();
  await screenshot(page, "review-session-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "review-session-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The schedule: nothing due now; the missed one tomorrow, the right one in three days.
  await page.getByRole("link", { name: "← Back to my progress" }).click();
  await expect(page.getByTestId("due-now")).toContainText("Nothing due now.");
  const upcoming = page.getByTestId("due-upcoming").locator("li");
  await expect(upcoming).toHaveCount(2);
  await expect(upcoming.nth(0)).toContainText("1 question");
  await expect(upcoming.nth(1)).toContainText("1 question");
  // Mastery counted the two review answers.
  const triedAfter = await page.getByTestId("mastery").locator("li[data-level]:not([data-level='0'])").allTextContents();
  const answered = (texts: string[]) => texts.map((t) => / of (\d+) right/.exec(t)?.[1]).reduce((n, x) => n + Number(x ?? 0), 0);
  expect(answered(triedAfter)).toBe(answered(triedBefore) + 2);
  await page.getByText("How mastery works").click();
  await screenshot(page, "progress-after-review-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "mastery-phone");
});
