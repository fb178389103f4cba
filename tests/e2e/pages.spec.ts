import { expect, test } from "@playwright/test";
import { PHONE, screenshot } from "./support/helpers";

const PAGES = [
  { name: "home", path: "/", heading: /Ottawa Convention/ },
  { name: "article", path: "/article", heading: /anti-personnel mines/ },
  { name: "facts", path: "/facts", heading: "Background facts" },
  { name: "lesson-1", path: "/lessons/the-convention", heading: /Ottawa Convention/ },
  { name: "lesson-6", path: "/lessons/the-debate", heading: /debate/i },
  { name: "quiz-signed-out", path: "/lessons/the-convention/quiz", heading: /Ottawa Convention/ },
  { name: "sign-in", path: "/sign-in", heading: "Sign in" },
  { name: "sign-up", path: "/sign-up", heading: "Create an account" },
  { name: "not-found", path: "/lessons/no-such-lesson", heading: "Page not found" },
];

for (const p of PAGES) {
  // axe checks these pages, and every other, in accessibility.spec.ts.
  test(`${p.name}: renders and fits a phone`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(p.name === "not-found" ? 404 : 200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    await screenshot(page, `${p.name}-desktop`);

    await page.setViewportSize(PHONE);
    await page.goto(p.path);
    // Nothing overflows sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `${p.name}-phone`);
  });
}

test("every article paragraph has an anchor, and the security headers are set", async ({ page }) => {
  const response = await page.goto("/article");
  for (let n = 1; n <= 9; n++) await expect(page.locator(`#p${n}`)).toHaveCount(1);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("every fact cited by a lesson exists on the facts page", async ({ page }) => {
  await page.goto("/lessons/humanitarian-arguments");
  const hrefs = await page.locator('main a.cite[href^="/facts#"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(3);
  await page.goto("/facts");
  for (const href of new Set(hrefs)) await expect(page.locator(`#${href.split("#")[1]}`)).toHaveCount(1);
});
