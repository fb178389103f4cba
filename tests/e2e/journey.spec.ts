import { expect, test } from "@playwright/test";
import { answerSomehow, newStudent, PHONE, screenshot, signUp } from "./support/helpers";

test("a newcomer signs up, reads lesson 1, follows a citation, takes the practice quiz and finds the saved score after reload", async ({ page }) => {
  const student = newStudent();
  await signUp(page, student);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ottawa Convention");

  // Read lesson 1.
  await page.getByRole("link", { name: "Start lesson 1" }).click();
  await expect(page).toHaveURL(/\/lessons\/the-convention$/);
  await expect(page.getByRole("heading", { name: "By the end of this lesson you can" })).toBeVisible();
  await screenshot(page, "lesson-desktop");

  // Follow a citation to its paragraph.
  const citation = page.locator('main a.cite[href^="/article#p"]').first();
  const href = await citation.getAttribute("href");
  const anchor = href!.split("#")[1]!;
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`/article#${anchor}$`));
  const paragraph = page.locator(`#${anchor}`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toHaveCSS("outline-style", "solid"); // the :target highlight
  await screenshot(page, "article-cited-paragraph-desktop");
  await page.goBack();

  // Take the practice quiz.
  await page.getByRole("link", { name: "Take the practice quiz" }).click();
  await page.getByRole("button", { name: "Start the practice quiz" }).click();
  const cards = page.getByTestId("question");
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(8);

  for (let i = 0; i < total; i++) {
    const card = cards.nth(i);
    await answerSomehow(card);
    await card.getByRole("button", { name: "Check answer" }).click();
    const feedback = card.getByTestId("feedback");
    await expect(feedback).toBeVisible();
    // Feedback explains and quotes the source it rests on.
    await expect(feedback.getByTestId("source-quote").first()).toBeVisible();
  }
  await expect(page.getByTestId("progress-label")).toHaveText(`${total} of ${total} checked`);
  await screenshot(page, "quiz-feedback-desktop");

  await page.getByRole("button", { name: "Finish and save my score" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const score = page.getByTestId("attempt-score");
  await expect(score).toHaveText(/^\d+%$/);
  const shown = await score.textContent();
  await expect(page.getByTestId("review-item")).toHaveCount(total);
  await screenshot(page, "attempt-review-desktop");

  // The score is stored on the server: it is there after a reload, and on the quiz page.
  await page.reload();
  await expect(page.getByTestId("attempt-score")).toHaveText(shown!);
  await page.goto("/lessons/the-convention/quiz");
  await expect(page.getByTestId("latest-score")).toHaveText(shown!);
  await expect(page.getByRole("heading", { name: "Your answers last time" })).toBeVisible();
  await screenshot(page, "quiz-result-desktop");

  // And on the course page.
  await page.goto("/");
  await expect(page.getByText(/Best score \d+%/)).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto("/lessons/the-convention/quiz");
  await screenshot(page, "quiz-result-phone");
});

test("a wrong answer gets feedback that names the correct answer; a practice answer can be checked again", async ({ page }) => {
  await signUp(page, newStudent(), "Student", "/lessons/withdrawal/quiz");
  await page.getByRole("button", { name: "Start the practice quiz" }).click();
  const card = page.locator('[data-testid="question"][data-type="single"]').first();
  await expect(card).toBeVisible();
  const options = card.locator("input[type=radio]");
  const count = await options.count();
  let sawWrong = false;
  let sawRight = false;
  for (let i = 0; i < count && !(sawWrong && sawRight); i++) {
    await options.nth(i).check();
    await card.getByRole("button", { name: /Check (answer|again)/ }).click();
    await expect(card).toHaveAttribute("data-checks", String(i + 1));
    const feedback = card.getByTestId("feedback");
    await expect(feedback).toBeVisible();
    const verdict = await feedback.locator(".feedback__verdict").textContent();
    if (verdict === "Correct.") sawRight = true;
    else {
      sawWrong = true;
      await expect(feedback).toContainText("Correct answer:");
    }
  }
  expect(sawRight).toBe(true);
  expect(sawWrong).toBe(true);
});
