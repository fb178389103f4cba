// Privacy (docs/quality.md row 23): the account page's "Download my data" and "Delete my account",
// a teacher who alone teaches a class with students being refused, and logs that hold neither
// answers nor emails, read from a server's own stdout and stderr.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { count } from "./support/db";
import { newStudent, PHONE, screenshot, signIn, signOut, signUp } from "./support/helpers";
import { SecondServer } from "./support/server";

async function expectNoSeriousA11yIssues(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

const usersWith = (email: string) => count('SELECT COUNT(*) AS n FROM "User" WHERE "email" = $1', email);

test("a student downloads their data and deletes their account from the account page, confirmed with their password", async ({ page, request }) => {
  expect((await request.get("/api/me/export")).status()).toBe(401);
  const student = newStudent();
  await signUp(page, student, "Student", "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-facts")).toContainText(student.email);
  await screenshot(page, "account-desktop");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ihl-classroom-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ name: student.name, email: student.email, role: "STUDENT" });
  expect(data).toHaveProperty("attempts");
  expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash/);

  // Nothing typed, then a wrong password: a clear message each time, and nothing deleted.
  const form = page.getByTestId("delete-account-form");
  const password = page.getByLabel("Your password, to confirm");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByRole("alert")).toHaveText("Enter your password to confirm.");
  await password.fill("not my password");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByRole("alert")).toHaveText("That is not your password. Nothing was deleted.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yIssues(page);
  await form.scrollIntoViewIfNeeded();
  await screenshot(page, "account-delete-error-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "account-delete-error-phone");
  expect(await usersWith(student.email)).toBe(1);

  await password.fill(student.password);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByTestId("account-deleted")).toContainText("Your account is deleted");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await screenshot(page, "account-deleted-phone");
  expect(await usersWith(student.email)).toBe(0);

  // Signed out, and the account is gone: the page asks to sign in, the export is refused, the password no longer works.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/me/export")).status()).toBe(401);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("do not match an account");
});

test("a teacher who alone teaches a class with students is told to hand it over first", async ({ page, browser }) => {
  const teacher = newStudent();
  await signUp(page, teacher, "Teacher", "/teach");
  await page.getByLabel("Class name").fill("Seminar on landmines");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("join-code").textContent())!;
  const student = await (await browser.newContext()).newPage();
  await signUp(student, newStudent(), "Student", `/join/${code}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student).toHaveURL(/\/classes$/);

  await page.goto("/account");
  await expect(page.getByTestId("delete-blocked")).toContainText("You are the only teacher of “Seminar on landmines”, which has students. Hand it over (add a co-teacher");
  await expect(page.getByTestId("delete-account-form")).toHaveCount(0);
  await screenshot(page, "account-teacher-blocked-desktop");
  expect(await usersWith(teacher.email)).toBe(1);
});

test("the demo teacher removes a student with their work: the confirmation counts it, the class's figures no longer hold it", async ({ page }) => {
  const teacher = DEMO_ACCOUNTS.find((a) => a.role === "TEACHER")!;
  await signIn(page, teacher.email, teacher.password);
  await page.goto("/teach");
  await page.getByRole("link", { name: /\(demo class\)/ }).first().click();
  await page.waitForURL(/\/teach\/classes\/\w+$/);
  const classId = page.url().match(/\/classes\/(\w+)/)![1]!;
  const roster = page.getByTestId("roster");
  // The last to join: not the demo student account, which other tests sign in with.
  const row = roster.locator("tbody tr").last();
  const name = (await row.locator("td").first().textContent())!.trim();
  const classAttempts = () => count('SELECT COUNT(*) AS n FROM "Attempt" t JOIN "Assignment" a ON a."id" = t."assignmentId" WHERE a."classId" = $1', classId);
  const before = await classAttempts();

  await row.getByRole("link", { name: `Remove ${name}` }).click();
  const confirm = page.getByTestId("remove-student");
  await expect(confirm).toContainText(`Remove ${name} from IHL and current events (demo class)?`);
  await expect(confirm).toContainText(/: [1-9]\d* attempts? \(\d+ submitted\) with [1-9]\d* answers?, \d+ extensions?, \d+ grades? you set\./);
  await expectNoSeriousA11yIssues(page);
  const removed = Number((await confirm.textContent())!.match(/: (\d+) attempt/)![1]);
  await screenshot(page, "remove-student-with-work-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "remove-student-with-work-phone");

  await page.getByRole("button", { name: `Remove ${name} and delete their work` }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/classes/${classId}$`));
  await expect(roster).not.toContainText(name);
  expect(await classAttempts()).toBe(before - removed);
  await page.goto(`/teach/classes/${classId}/gradebook`);
  await expect(page.locator("main")).toContainText("of 25 students");
  await expect(page.locator("main")).not.toContainText(name);
});

test.describe("logs", () => {
  // A server of its own, whose stdout and stderr the test reads: whatever writes the logs.
  const server = new SecondServer(1, { capture: true, env: { LOG_LEVEL: "debug" } });
  test.beforeAll(() => server.start().then(() => undefined));
  test.afterAll(() => server.stop());

  test("hold neither answers nor emails: sign-up, a failed and a good sign-in, a short answer saved and submitted, an account deleted", async ({ browser }) => {
    const page = await (await browser.newContext({ baseURL: server.base })).newPage();
    const student = newStudent();
    const answer = `Distinctive answer ${randomBytes(4).toString("hex")}`;
    await signUp(page, student, "Student", "/");
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(student.email);
    await page.getByLabel("Password").fill("a wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("do not match an account");
    await signIn(page, student.email, student.password);

    await page.goto("/lessons/military-arguments/check");
    await page.getByRole("button", { name: "Start the lesson check" }).click();
    const card = page.locator('[data-testid="question"][data-type="short_text"]').first();
    await card.getByLabel("Your answer").fill(answer);
    await expect(card).toHaveAttribute("data-save-state", "saved");
    page.on("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
    // The answer went through the app: it is stored.
    expect(await count('SELECT COUNT(*) AS n FROM "Answer" WHERE CAST("response" AS TEXT) LIKE $1', `%${answer}%`)).toBe(1);

    await page.goto("/account");
    await page.getByLabel("Your password, to confirm").fill(student.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/account\/deleted$/);
    await server.stop();

    const output = server.output;
    // The capture works: the deletion's own log line is in it.
    expect(output).toContain("account deleted");
    for (const secret of [student.email, student.email.split("@")[0]!, student.name, answer]) expect(output.includes(secret), `the logs contain ${secret}`).toBe(false);
  });
});
