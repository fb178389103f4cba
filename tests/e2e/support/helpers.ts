import { expect, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const SHOTS = path.join("tests", "e2e", ".artifacts", "screenshots");
export const PHONE = { width: 390, height: 844 };

export async function screenshot(page: Page, name: string) {
  // From the top: a full-page shot taken while scrolled draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A full-width shot of the part of the page around `part`, with `above` pixels of what precedes it (its heading). */
export async function screenshotPart(page: Page, part: Locator, name: string, above = 0) {
  const box = (await part.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  const width = page.viewportSize()!.width;
  const top = Math.max(0, box.y + scrollY - above);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, clip: { x: 0, y: top, width, height: box.height + above + 24 } });
}

export function newStudent() {
  const id = randomBytes(4).toString("hex");
  return { name: `Student ${id}`, email: `student-${id}@example.test`, password: `correct horse ${id}` };
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }, role: "Student" | "Teacher" = "Student", callbackUrl = "/") {
  await page.goto(`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(role).check();
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Gives some answer to a question card, whatever its type. */
export async function answerSomehow(card: Locator) {
  const type = await card.getAttribute("data-type");
  switch (type) {
    case "single":
    case "true_false":
    case "multiple":
      await card.locator("input").first().check();
      break;
    case "matching":
      for (const select of await card.locator("select").all()) await select.selectOption({ index: 1 });
      break;
    case "short_text":
      await card.getByLabel("Your answer").fill("Article 20");
      break;
    case "numeric":
      await card.locator('input[inputmode="decimal"]').fill("6");
      break;
    case "classification":
      for (const group of await card.locator("fieldset.class-row").all()) await group.locator("input").first().check();
      break;
    case "ordering":
      break;
  }
}

/** Presses Tab (or Shift+Tab, `back`) until `target` has focus: the keyboard is the only way in. */
export async function tabTo(page: Page, target: Locator, limit = 60, back = false) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${target} with ${back ? "Shift+Tab" : "Tab"}`);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForURL("/");
}
