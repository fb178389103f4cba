import { expect, test } from "@playwright/test";
import { newStudent, PHONE, screenshot, signUp } from "./support/helpers";
import { count } from "./support/db";
import { DEMO_TEACHER } from "./support/sessions";

const countClasses = () => count('SELECT COUNT(*) AS n FROM "Class"');

test("a teacher creates a class, students join by code and by link, and the teacher manages the roster", async ({ page, browser }) => {
  const teacher = { ...newStudent(), name: "Ms Teacher" };
  await signUp(page, teacher, "Teacher", "/teach");
  await expect(page.getByText("You have no classes yet")).toBeVisible();
  await screenshot(page, "teach-empty-desktop");
  await page.getByLabel("Class name").fill("IHL seminar, group B");
  const [createRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Create class" }).click(),
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IHL seminar, group B");
  const code = (await page.getByTestId("join-code").textContent())!;
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);
  const classUrl = page.url();

  // One student joins with the code, typed loosely; another follows the link.
  const first = await (await browser.newContext()).newPage();
  await signUp(first, { ...newStudent(), name: "Ada Student" }, "Student", "/classes");
  await first.getByLabel("Join code").fill(` ${code.toLowerCase().slice(0, 3)} ${code.slice(3)} `);
  await first.getByRole("button", { name: "Join class" }).click();
  await expect(first.getByTestId("my-classes")).toContainText("IHL seminar, group B");
  await expect(first.getByTestId("my-classes")).toContainText("Ms Teacher");
  await screenshot(first, "my-classes-desktop");

  const second = await (await browser.newContext()).newPage();
  const bob = { ...newStudent(), name: "Bob Student" };
  await signUp(second, bob, "Student", `/join/${code}`);
  await second.getByRole("button", { name: "Join class" }).click();
  await expect(second).toHaveURL(/\/classes$/);
  await expect(second.getByTestId("my-classes")).toContainText("IHL seminar, group B");
  // Students never see classmates.
  await expect(second.locator("main")).not.toContainText("Ada Student");

  await page.reload();
  const roster = page.getByTestId("roster");
  await expect(roster).toContainText("Ada Student");
  await expect(roster).toContainText("Bob Student");
  await screenshot(page, "class-roster-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "class-roster-phone");

  // A wrong code explains itself.
  await first.getByLabel("Join code").fill("ZZZZZZZ");
  await first.getByRole("button", { name: "Join class" }).click();
  await expect(first.locator("main").getByRole("alert")).toContainText("No class has that code");

  // Remove one student, after a confirmation that says what goes: gone from the roster and from their own list.
  page.on("dialog", (d) => d.accept());
  await page.getByRole("link", { name: "Remove Bob Student" }).click();
  await expect(page.getByTestId("remove-student")).toContainText("Remove Bob Student from IHL seminar, group B?");
  await expect(page.getByTestId("remove-student")).toContainText("0 attempts, 0 extensions, 0 grades you set");
  await screenshot(page, "remove-student-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, "remove-student-desktop");
  await page.getByRole("button", { name: "Remove Bob Student and delete their work" }).click();
  await expect(page).toHaveURL(classUrl);
  await expect(roster).not.toContainText("Bob Student");
  await expect(roster).toContainText("Ada Student");
  await second.reload();
  await expect(second.getByText("You are not in a class yet")).toBeVisible();

  // A new code: the old one stops working.
  await page.getByRole("button", { name: "Make a new code" }).click();
  await expect(page.getByTestId("join-code")).not.toHaveText(code);
  await second.getByLabel("Join code").fill(code);
  await second.getByRole("button", { name: "Join class" }).click();
  await expect(second.locator("main").getByRole("alert")).toContainText("No class has that code");

  // Teacher B sees none of it; a student reaches no teacher page or action.
  // Teacher B: the demo teacher, signed in once for the run, who teaches a class of their own.
  const otherTeacher = await (await browser.newContext({ storageState: DEMO_TEACHER })).newPage();
  expect((await otherTeacher.goto(classUrl))!.status()).toBe(404);
  await expect(otherTeacher.locator("main")).not.toContainText("Ada Student");
  expect((await first.goto("/teach"))!.status()).toBe(404);
  expect((await first.goto(classUrl))!.status()).toBe(404);

  const before = await countClasses();
  const replay = await first.request.post("/teach", {
    headers: { "Next-Action": createRequest.headers()["next-action"]!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([{ name: "Hijacked" }]),
  });
  expect(await replay.text()).toContain("denied");
  expect(await countClasses()).toBe(before);
});
