import { expect, test } from "@playwright/test";
import { answerSomehow, newStudent, PHONE, screenshot } from "./support/helpers";
import { sql } from "./support/db";

const QUIZ = "/lessons/the-convention/quiz";
const marker = process.env.E2E_MARKER!;

/** The user's practice attempts, read straight from the database. */
const practiceAttempts = (email: string) =>
  sql<{ score: number; maxScore: number }>(
    'SELECT a."score" AS "score", a."maxScore" AS "maxScore" FROM "Attempt" a JOIN "User" u ON u."id" = a."userId" JOIN "Quiz" q ON q."id" = a."quizId" WHERE u."email" = $1 AND q."mode" = \'PRACTICE\'',
    email,
  );

test("a guest practises, keeps the answers on the device, and adds them to a new account once", async ({ page }) => {
  await page.goto(QUIZ);
  await expect(page.getByTestId("guest-note")).toContainText("You are practising as a guest: your answers are kept on this device only.");
  const cards = page.getByTestId("question");
  const total = await cards.count();
  expect(total).toBeGreaterThan(3);
  await expect(page.getByTestId("guest-score")).toHaveText(`0 of ${total} right on this device`);
  // No key or explanation before an answer is checked.
  expect(await page.content()).not.toContain(marker);

  for (let i = 0; i < 3; i++) {
    const card = cards.nth(i);
    await answerSomehow(card);
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect(card).toHaveAttribute("data-state", "checked");
    await expect(card.getByTestId("feedback")).toBeVisible();
  }
  const right = await page.getByTestId("feedback").filter({ hasText: /^Correct\./ }).count();
  const score = `${right} of ${total} right on this device`;
  await expect(page.getByTestId("guest-score")).toHaveText(score);
  await expect(page.getByTestId("guest-checked")).toHaveText(`3 of ${total} checked`);
  await expect(page.getByTestId("guest-summary")).toContainText("3 answers are kept on this device.");
  // From the top, so the sticky header and score line sit where a reader first sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "guest-practice-desktop");
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "guest-practice-phone");
  await page.setViewportSize({ width: 1280, height: 720 });

  // A reload shows the checked answers and their feedback again.
  await page.reload();
  await expect(page.getByTestId("guest-score")).toHaveText(score);
  for (let i = 0; i < 3; i++) {
    await expect(cards.nth(i)).toHaveAttribute("data-state", "checked");
    await expect(cards.nth(i).getByTestId("feedback")).toBeVisible();
  }
  await expect(cards.nth(3)).toHaveAttribute("data-state", "idle");

  // Sign up through the note's link, keeping the offer to add the answers.
  await page.getByTestId("guest-note").getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=/);
  const user = newStudent();
  await page.getByLabel("Student").check();
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const offer = page.getByLabel("Add the practice answers from this device to my account (3 answers)");
  await expect(offer).toBeChecked();
  await screenshot(page, "sign-up-claim-desktop");
  const [claimRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined && (r.postData() ?? "").includes('"claimId"')),
    page.getByRole("button", { name: "Create account" }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page).toHaveURL(QUIZ);

  // The saved practice score, once.
  await expect(page.getByTestId("score-card")).toHaveCount(1);
  await expect(page.getByTestId("score-summary")).toContainText("1 attempt");
  const [saved] = await practiceAttempts(user.email);
  expect(saved!.maxScore).toBeGreaterThan(0);
  await expect(page.getByTestId("latest-score")).toHaveText(`${Math.round((100 * saved!.score) / saved!.maxScore)}%`);
  expect(await page.evaluate(() => window.localStorage.getItem("ihl.guest.v1"))).toBeNull();

  // The same claim, replayed with the session: taken once already, it adds nothing.
  const replay = await page.request.post(claimRequest.url(), {
    headers: { "Next-Action": claimRequest.headers()["next-action"]!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: claimRequest.postData()!,
  });
  expect(await replay.text()).toContain('"claimed":false');
  expect(await practiceAttempts(user.email)).toHaveLength(1);
  await page.reload();
  await expect(page.getByTestId("score-summary")).toContainText("1 attempt");
});

test("the guest answer API checks what it is sent", async ({ request, page }) => {
  await page.goto(QUIZ);
  const id = await page.getByTestId("question").first().locator("legend").getAttribute("id");
  const questionVersionId = id!.replace(/^q-/, "").replace(/-prompt$/, "");
  const post = (data: unknown, headers: Record<string, string> = {}) => request.post("/api/guest/answers", { data: data as object, headers });

  expect((await post({ questionVersionId: "nope", response: { value: true } })).status()).toBe(404);
  const bad = await post({ questionVersionId, response: { nope: 1 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/\w/);
  expect((await post({ response: {} })).status()).toBe(400);
  expect((await post({ questionVersionId, response: {} }, { Origin: "https://evil.example" })).status()).toBe(403);
  expect(await (await post({ questionVersionId: "nope", response: {} })).text()).not.toContain(marker);
});
