// The teacher's course page: facts older than the period the teacher chooses are flagged for
// review, each with the sections and questions that rest on it.
import { expect, test } from "@playwright/test";
import { PHONE, screenshot } from "./support/helpers";
import { DEMO_TEACHER } from "./support/sessions";

test.use({ storageState: DEMO_TEACHER });

test("a teacher sees which facts are due for review for the period chosen, and what rests on each", async ({ page }) => {
  await page.goto("/teach");
  await page.getByTestId("course-facts-link").getByRole("link", { name: "Review the course facts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Course facts" })).toBeVisible();
  await expect(page.getByLabel("Flag facts older than")).toHaveValue("12");

  const dueCount = async () => Number((await page.getByTestId("review-summary").textContent())!.match(/, (\d+) facts? of/)![1]);
  const total = Number((await page.getByTestId("review-summary").textContent())!.match(/facts? of (\d+) /)![1]);
  const at12 = await dueCount();
  // The summary counts the flagged cards; every fact is in one list or the other.
  await expect(page.getByTestId("facts-due").getByTestId("fact-review")).toHaveCount(at12);
  await expect(page.getByTestId("fact-review")).toHaveCount(total);
  await expect(page.getByTestId("facts-due").getByText("Review", { exact: true })).toHaveCount(at12);

  // A longer period flags fewer facts, a shorter one more; the choice is kept in the address.
  await page.getByLabel("Flag facts older than").selectOption("24");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/months=24/);
  const at24 = await dueCount();
  await page.getByLabel("Flag facts older than").selectOption("3");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/months=3/);
  const at3 = await dueCount();
  expect(at24).toBeLessThanOrEqual(at12);
  expect(at3).toBeGreaterThanOrEqual(at12);
  expect(at3).toBeGreaterThan(at24);

  // Fact 15 (Article 20) is cited by lessons and tested by questions: they are listed, with links.
  const fact = page.locator('[data-testid="fact-review"][data-fact="15"]');
  await expect(fact).toContainText(/As of \d{1,2} \w+ \d{4}, (\d+ (months?|years)|less than a month) ago\./);
  await fact.getByText(/^Rests on it: /).click();
  await expect(fact.getByRole("list", { name: "Questions" }).getByRole("listitem").first()).toBeVisible();
  const section = fact.getByRole("list", { name: "Sections" }).getByRole("link").first();
  const href = (await section.getAttribute("href"))!;
  expect(href).toMatch(/^\/lessons\/[a-z0-9-]+#[a-z0-9-]+$/);
  await section.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeVisible();

  // A period the page does not offer falls back to the default.
  await page.goto("/teach/course?months=7");
  await expect(page.getByLabel("Flag facts older than")).toHaveValue("12");

  await page.goto("/teach/course");
  await screenshot(page, "course-facts-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "course-facts-phone");
});
