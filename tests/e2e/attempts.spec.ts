import { expect, test, type Locator, type Page, type Route } from "@playwright/test";
import { newStudent, PHONE, screenshot, signIn, signUp, tabTo } from "./support/helpers";
import { formatDateTime } from "@/lib/format";
import { count, sql } from "./support/db";

/** Answers one question card with the keyboard alone. */
async function answerWithKeyboard(page: Page, card: Locator) {
  const type = await card.getAttribute("data-type");
  switch (type) {
    case "single":
    case "true_false":
      await tabTo(page, card.locator("input").first());
      await page.keyboard.press("ArrowDown"); // moves to and selects the next option
      break;
    case "multiple":
      await tabTo(page, card.locator("input").first());
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      break;
    case "ordering":
      await tabTo(page, card.getByRole("button", { name: /^Move down/ }).first());
      await page.keyboard.press("Enter");
      break;
    case "matching":
      for (const [i, select] of (await card.locator("select").all()).entries()) {
        await tabTo(page, select);
        for (let k = 0; k <= i; k++) await page.keyboard.press("ArrowDown");
      }
      break;
    case "short_text":
      await tabTo(page, card.getByLabel("Your answer"));
      await page.keyboard.type("Venislavskyi");
      break;
    case "numeric":
      await tabTo(page, card.locator("input"));
      await page.keyboard.type("6");
      break;
    case "classification":
      for (const group of await card.locator("fieldset.class-row").all()) {
        await tabTo(page, group.locator("input").first());
        await page.keyboard.press("ArrowRight");
      }
      break;
  }
  await expect(card).toHaveAttribute("data-save-state", "saved");
}

test("an assessed lesson check with every question type, taken with the keyboard alone, at desktop and phone widths", async ({ page }) => {
  await signUp(page, newStudent(), "Student", "/lessons/military-arguments/check");
  await expect(page.getByText("30 minutes")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Start the lesson check" }));
  await page.keyboard.press("Enter");
  const cards = page.getByTestId("question");
  await expect(cards.first()).toBeVisible();
  await expect(page.getByTestId("time-left")).toHaveText(/Time left: (29|30):\d\d/);

  const total = await cards.count();
  const types = new Set<string>();
  for (let i = 0; i < total; i++) {
    const card = cards.nth(i);
    const type = (await card.getAttribute("data-type"))!;
    await answerWithKeyboard(page, card);
    if (!types.has(type)) {
      types.add(type);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `tests/e2e/.artifacts/screenshots/type-${type}-desktop.png` });
    }
  }
  expect([...types].sort()).toEqual(["classification", "matching", "multiple", "numeric", "ordering", "short_text", "single", "true_false"]);
  // Save round trips as the browser measured them: printed for the notes, never asserted.
  const durations = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => e.name.includes("/answers")).map((e) => e.duration).sort((a, b) => a - b),
  );
  const pct = (p: number) => Math.round(durations[Math.min(durations.length - 1, Math.floor(p * durations.length))]!);
  console.log(`answer-save round trip in this run: n=${durations.length}, median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
  // No feedback before submitting: the policy is "after submit".
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expect(page.getByTestId("progress-label")).toHaveText(`${total} of ${total} saved`);

  // The same attempt at phone width, after a reload: answers and order are kept.
  await page.setViewportSize(PHONE);
  await page.reload();
  for (const type of types) {
    const card = page.locator(`[data-testid="question"][data-type="${type}"]`).first();
    await expect(card).toHaveAttribute("data-save-state", "saved");
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `tests/e2e/.artifacts/screenshots/type-${type}-phone.png` });
  }

  page.on("dialog", (dialog) => dialog.accept());
  await tabTo(page, page.getByRole("button", { name: "Submit my answers" }), 200);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await expect(page.getByTestId("attempt-score")).toHaveText(/^\d+%$/);
  await expect(page.getByTestId("review-item")).toHaveCount(total);
  await expect(page.getByTestId("feedback")).toHaveCount(total);
  await screenshot(page, "check-review-phone");
});

test("answers given offline are kept, marked not saved at once, and all reach the server on reconnect without a reload (scenario 2)", async ({ page, context }) => {
  await signUp(page, newStudent(), "Student", "/lessons/withdrawal/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  const singles = page.locator('[data-testid="question"][data-type="single"]');
  await expect(singles.first()).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  for (let i = 0; i < 3; i++) {
    const card = singles.nth(i);
    await card.locator("input").nth(1).check();
    await expect(card).toHaveAttribute("data-save-state", "unsaved");
    await expect(card.getByTestId("save-state")).toHaveText(/Not saved/);
  }
  await screenshot(page, "check-offline-desktop");
  await page.waitForTimeout(1500); // offline for a while: nothing may be lost or faked meanwhile
  for (let i = 0; i < 3; i++) await expect(singles.nth(i)).toHaveAttribute("data-save-state", "unsaved");

  await context.setOffline(false);
  for (let i = 0; i < 3; i++) await expect(singles.nth(i)).toHaveAttribute("data-save-state", "saved");
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);

  // 3 of 3 are on the server: a fresh page load shows them saved.
  await page.reload();
  for (let i = 0; i < 3; i++) {
    await expect(singles.nth(i)).toHaveAttribute("data-save-state", "saved");
    await expect(singles.nth(i).locator("input").nth(1)).toBeChecked();
  }
});

test("a practice answer's feedback stays when its save reaches the server twice (the retry timer fired while the first was on its way)", async ({ page }) => {
  await signUp(page, newStudent(), "Student", "/lessons/other-withdrawals/quiz");
  await page.getByRole("button", { name: "Start the practice quiz" }).click();
  const card = page.locator('[data-testid="question"][data-type="single"]').first();
  await expect(card).toBeVisible();

  // The first save is held until the runner's retry timer (every 10 s) sends the same answer again.
  const held: Route[] = [];
  let duplicate!: (route: Route) => void;
  const second = new Promise<Route>((resolve) => (duplicate = resolve));
  await page.route("**/api/attempts/*/answers", (route) => (held.length === 0 ? held.push(route) : held.length === 1 ? (held.push(route), duplicate(route)) : route.continue()));
  await card.locator("input").first().check();
  await card.getByRole("button", { name: "Check answer" }).click();
  const again = await second;
  expect(again.request().postData()).toBe(held[0]!.request().postData());

  // The first reaches the server and brings the feedback; the copy, after it, is stale.
  await held[0]!.fulfill({ response: await held[0]!.fetch() });
  await expect(card.getByTestId("feedback")).toBeVisible();
  await expect(card).toHaveAttribute("data-checks", "1");
  const stale = await again.fetch();
  expect((await stale.json()).status).toBe("stale");
  const delivered = page.waitForResponse((r) => r.request() === again.request());
  await again.fulfill({ response: stale });
  await delivered;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(card.getByTestId("feedback")).toBeVisible();
  await expect(card).toHaveAttribute("data-checks", "1");
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("the attempt resumes on a second device with the same order, answers and remaining time (scenarios 1 and 8)", async ({ page, browser }) => {
  const student = newStudent();
  await signUp(page, student, "Student", "/lessons/other-withdrawals/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  const cards = page.getByTestId("question");
  await expect(cards.first()).toBeVisible();
  const single = page.locator('[data-testid="question"][data-type="single"]').first();
  await single.locator("input").nth(2).check();
  await expect(single).toHaveAttribute("data-save-state", "saved");
  const prompts = await cards.locator("legend").allTextContents();

  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, student.email, student.password);
  await second.goto("/lessons/other-withdrawals/check");
  await expect(second.getByTestId("question").first()).toBeVisible();
  expect(await second.getByTestId("question").locator("legend").allTextContents()).toEqual(prompts);
  const sameSingle = second.locator('[data-testid="question"][data-type="single"]').first();
  await expect(sameSingle.locator("input").nth(2)).toBeChecked();
  await expect(second.getByTestId("time-left")).toHaveText(/Time left: (29|30):\d\d/);
  await other.close();
});

test.describe("the attempt API refuses what it must (scenarios 3, 13, 14, 16, 17, 18, 22)", () => {
  test("double submit, forged score, replay, bad input, other students, foreign origins and the middleware-bypass header", async ({ page, browser, request }) => {
    await signUp(page, newStudent(), "Student", "/lessons/the-convention/check");
    await page.getByRole("button", { name: "Start the lesson check" }).click();
    const card = page.locator('[data-testid="question"][data-type="single"]').first();
    await card.locator("input").first().check();
    await expect(card).toHaveAttribute("data-save-state", "saved");
    const attemptId = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
    const questionId = (await card.getAttribute("aria-labelledby"))!.replace(/^q-|-prompt$/g, "");
    const api = page.request;
    const save = (data: unknown, headers: Record<string, string> = {}) => api.post(`/api/attempts/${attemptId}/answers`, { data, headers });

    // Bad input: 400 with a clear message, nothing written.
    const wrongType = await save({ questionVersionId: questionId, response: { optionId: 7 }, seq: 50 });
    expect(wrongType.status()).toBe(400);
    expect((await wrongType.json()).error).toBe("Choose one option.");
    const foreignOption = await save({ questionVersionId: questionId, response: { optionId: "not-an-option" }, seq: 51 });
    expect(foreignOption.status()).toBe(400);
    expect((await foreignOption.json()).error).toBe("That option is not part of this question.");
    const unknownQuestion = await save({ questionVersionId: "no-such-question", response: { optionId: "x" }, seq: 52 });
    expect(unknownQuestion.status()).toBe(400);
    expect((await save({ questionVersionId: questionId, response: { optionId: "x" }, seq: "1" })).status()).toBe(400);
    const huge = await api.post(`/api/attempts/${attemptId}/answers`, { data: { questionVersionId: questionId, response: { text: "x".repeat(100_000) }, seq: 53 } });
    expect(huge.status()).toBe(413);
    const notJson = await api.post(`/api/attempts/${attemptId}/answers`, { data: "{not json", headers: { "Content-Type": "application/json" } });
    expect(notJson.status()).toBe(400);

    // A POST from another site is refused.
    const foreign = await save({ questionVersionId: questionId, response: { optionId: "x" }, seq: 54 }, { Origin: "https://evil.example" });
    expect(foreign.status()).toBe(403);
    // Nor does the other site get in by claiming, in X-Forwarded-Host, to be the host: no proxy is trusted here (TRUST_PROXY_HOPS=0).
    const forwarded = await save({ questionVersionId: questionId, response: { optionId: "x" }, seq: 55 }, { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" });
    expect(forwarded.status()).toBe(403);

    // Another student, and nobody at all, get "not found" / "sign in", with or without the bypass header.
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signUp(other, newStudent());
    const theirs = await other.request.post(`/api/attempts/${attemptId}/answers`, { data: { questionVersionId: questionId, response: { optionId: "x" }, seq: 60 } });
    expect(theirs.status()).toBe(404);
    expect((await other.request.post(`/api/attempts/${attemptId}/submit`, { data: {} })).status()).toBe(404);
    expect((await other.goto(`/attempts/${attemptId}`))!.status()).toBe(404);
    await otherContext.close();
    const bypass = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
    expect((await request.post(`/api/attempts/${attemptId}/answers`, { data: {}, headers: bypass })).status()).toBe(401);
    expect((await request.post(`/api/attempts/${attemptId}/submit`, { data: {}, headers: bypass })).status()).toBe(401);
    const anonymousPage = await request.get(`/attempts/${attemptId}`, { headers: bypass, maxRedirects: 0 });
    expect(anonymousPage.status()).toBeGreaterThanOrEqual(300);
    expect(await anonymousPage.text()).not.toContain(questionId);

    // Ten submits at once plus one from a second tab, each with a forged score: one graded attempt, one score.
    const secondTab = await page.context().newPage();
    const submits = await Promise.all([
      ...Array.from({ length: 10 }, () => api.post(`/api/attempts/${attemptId}/submit`, { data: { score: 999, isCorrect: true } })),
      secondTab.request.post(`/api/attempts/${attemptId}/submit`, { data: { score: 999 } }),
    ]);
    const bodies = await Promise.all(submits.filter((r) => r.status() === 200).map((r) => r.json()));
    expect(submits.every((r) => r.status() === 200 || r.status() === 409)).toBe(true);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0].score).toBeLessThanOrEqual(1);
    expect(bodies[0].maxScore).toBeGreaterThanOrEqual(8);

    // Replaying a captured save against the closed attempt: 409, and the score is unchanged.
    const replay = await save({ questionVersionId: questionId, response: { optionId: "x" }, seq: 99 });
    expect(replay.status()).toBe(409);
    const again = await api.post(`/api/attempts/${attemptId}/submit`, { data: {} });
    expect(await again.json()).toEqual(bodies[0]);
    await page.goto("/lessons/the-convention/check");
    await expect(page.getByText(/1 attempt · 2 left/)).toBeVisible();
  });
});

/** Moves an attempt's deadline in the test database, as if the student had started long ago. */
async function setDeadline(attemptId: string, deadline: Date) {
  await sql('UPDATE "Attempt" SET "deadline" = $1 WHERE "id" = $2', deadline, attemptId);
}

test("the server owns the clock: a forged browser clock and a forged time-remaining change nothing (scenario 5)", async ({ page }) => {
  // The browser believes it is an hour earlier than the server.
  await page.clock.install({ time: new Date(Date.now() - 60 * 60_000) });
  await signUp(page, newStudent(), "Student", "/lessons/humanitarian-arguments/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  const card = page.locator('[data-testid="question"][data-type="single"]').first();
  await expect(card).toBeVisible();
  // The countdown comes from the server's deadline, not from the browser's clock.
  await expect(page.getByTestId("time-left")).toHaveText(/Time left: (29|30):\d\d/);
  await card.locator("input").first().check();
  await expect(card).toHaveAttribute("data-save-state", "saved");
  const attemptId = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
  const questionId = (await card.getAttribute("aria-labelledby"))!.replace(/^q-|-prompt$/g, "");

  // The deadline passed more than the 60 s of grace ago, by the server's clock.
  const deadline = new Date(Date.now() - 2 * 60_000);
  await setDeadline(attemptId, deadline);
  const late = await page.request.post(`/api/attempts/${attemptId}/answers`, {
    data: { questionVersionId: questionId, response: { optionId: "x" }, seq: 10, timeRemaining: 1_000_000, clientTime: new Date(0).toISOString() },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error).toMatch(/Time is up/);

  // The attempt was finalised with the answer saved before, at the deadline.
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByTestId("attempt-score")).toHaveText(/^\d+%$/);
  await expect(page.getByText(`submitted ${formatDateTime(deadline)}`)).toBeVisible();
  await expect(page.getByTestId("review-item").filter({ hasText: "Not answered." })).toHaveCount((await page.getByTestId("review-item").count()) - 1);
});

test("a server action posted without a session is refused and writes nothing (scenario 15)", async ({ page, playwright, baseURL }) => {
  await signUp(page, newStudent(), "Student", "/lessons/the-debate/check");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Start the lesson check" }).click(),
  ]);
  await expect(page.getByTestId("question").first()).toBeVisible();
  const actionId = request.headers()["next-action"]!;

  const countAttempts = () => count('SELECT COUNT(*) AS n FROM "Attempt"');
  const before = await countAttempts();
  const anonymous = await playwright.request.newContext({ baseURL });
  const replayed = await anonymous.post("/lessons/the-debate/check", {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([{ quizSlug: "the-debate-check", path: "/lessons/the-debate/check" }]),
  });
  const body = await replayed.text();
  expect(body).toContain("denied");
  expect(body).not.toContain("attemptId");
  expect(await countAttempts()).toBe(before);
  await anonymous.dispose();
});
