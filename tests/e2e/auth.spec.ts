import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { newStudent, signIn, signOut, signUp } from "./support/helpers";

const [teacher, student] = DEMO_ACCOUNTS;

test("the demo teacher and student can sign in, and the session exposes only id, role and name", async ({ page }) => {
  await signIn(page, teacher.email, teacher.password);
  await expect(page.locator(".nav")).toContainText("Teacher");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session.user).sort()).toEqual(["id", "name", "role"]);
  expect(session.user.role).toBe("TEACHER");

  await signOut(page);
  await signIn(page, student.email, student.password);
  await expect(page.locator(".nav")).toContainText("Student");
});

test("an unknown email and a wrong password get the same message", async ({ page }) => {
  const messages: string[] = [];
  for (const [email, password] of [
    ["nobody-here@example.test", "whatever-password"],
    [student.email, "wrong-password"],
  ]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
  }
  expect(messages[0]).toBe(messages[1]);
  expect(messages[0]).toContain("do not match");
});

test("sign-up explains bad input and changes nothing", async ({ page }) => {
  const user = newStudent();
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.").first()).toBeVisible();
  // One of the most common passwords: refused, with a message that says why (scenario 20).
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/one of the most common passwords/).first()).toBeVisible();

  // Nothing was created: signing in with that email fails.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");

  // A 64-character password works, and the same email cannot sign up twice.
  const long = { ...user, password: "p".repeat(64) };
  await signUp(page, long);
  await signOut(page);
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Someone else");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("already exists");
});

test("more than 10 failed sign-ins a minute for one account get 429 with Retry-After", async ({ request }) => {
  const email = `target-${Date.now()}@example.test`;
  const attempt = async () => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    return request.post("/api/auth/callback/credentials", {
      form: { email, password: "wrong-password", csrfToken, json: "true" },
      headers: { "X-Forwarded-For": `10.0.0.${Math.floor(Math.random() * 200)}` },
      maxRedirects: 0,
    });
  };
  for (let i = 0; i < 10; i++) expect((await attempt()).status()).not.toBe(429);
  const limited = await attempt();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
});

test("the lesson check asks a signed-out visitor to sign in, and keeps where they were going", async ({ page }) => {
  // (The practice quiz lets a guest practise instead: tests/e2e/guest.spec.ts.)
  await page.goto("/lessons/the-convention/check");
  await expect(page.getByText("Sign in to take the lesson check")).toBeVisible();
  await page.getByRole("link", { name: "create a free account" }).click();
  const user = newStudent();
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/lessons\/the-convention\/check$/);
  await expect(page.getByRole("button", { name: "Start the lesson check" })).toBeVisible();
});
