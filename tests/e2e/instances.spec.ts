// Two instances of the app behind one database, as a school runs it behind a load balancer:
// the one Playwright started (E2E_PORT) and a second one started here. Sessions, the attempt
// API, server actions and the rate limits work whichever instance a request reaches.
import { expect, test } from "@playwright/test";
import { count, sql } from "./support/db";
import { newStudent, signUp } from "./support/helpers";
import { SecondServer } from "./support/server";

const second = new SecondServer(2);
test.beforeAll(() => second.start().then(() => undefined));
test.afterAll(() => second.stop());

test("an attempt started on one instance, saved on the other and submitted on both is graded once", async ({ page, baseURL }) => {
  await signUp(page, newStudent(), "Student", "/lessons/withdrawal/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  await expect(page.getByTestId("question").first()).toBeVisible();
  const attemptId = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
  const trueFalse = await page.locator('[data-testid="question"][data-type="true_false"]').evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-labelledby")!.replace(/^q-|-prompt$/g, "")));
  expect(trueFalse.length).toBeGreaterThan(1);
  // The session cookie is for the host, whatever the port: the same browser reaches both instances.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const post = (base: string, path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: cookie, Origin: base }, body: JSON.stringify(body) });

  // Saved on the second instance.
  for (const [i, questionVersionId] of trueFalse.entries()) {
    const res = await post(second.base, `/api/attempts/${attemptId}/answers`, { questionVersionId, response: { value: true }, seq: i + 1 });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("saved");
  }
  // The first instance shows those answers after a reload.
  await page.reload();
  await expect(page.locator(`[aria-labelledby="q-${trueFalse[0]}-prompt"] input:checked`)).toHaveCount(1);

  // Submitted five times on each instance at once: one graded result, the same for all.
  const submits = await Promise.all(Array.from({ length: 10 }, (_, i) => post(i % 2 ? second.base : baseURL!, `/api/attempts/${attemptId}/submit`, {})));
  expect(submits.map((r) => r.status)).toEqual(Array(10).fill(200));
  const bodies = await Promise.all(submits.map((r) => r.json()));
  expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
  expect(await count('SELECT COUNT(*) AS n FROM "Attempt" WHERE "id" = $1 AND "status" = \'SUBMITTED\'', attemptId)).toBe(1);
  const [row] = await sql<{ score: number }>('SELECT "score" FROM "Attempt" WHERE "id" = $1', attemptId);
  expect(Number(row!.score)).toBe(bodies[0].score);
  // A save replayed on either instance after the submit is refused.
  expect((await post(second.base, `/api/attempts/${attemptId}/answers`, { questionVersionId: trueFalse[0], response: { value: false }, seq: 99 })).status).toBe(409);
});

test("a server action rendered by one instance runs on the other", async ({ page, browser }) => {
  await signUp(page, newStudent(), "Student", "/lessons/the-debate/check");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Start the lesson check" }).click(),
  ]);
  await expect(page.getByTestId("question").first()).toBeVisible();

  // Another student's browser posts the same action to the second instance.
  const other = await (await browser.newContext()).newPage();
  const student = newStudent();
  await signUp(other, student, "Student", "/");
  const cookie = (await other.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await fetch(`${second.base}/lessons/the-debate/check`, {
    method: "POST",
    headers: { ...request.headers(), cookie, origin: second.base, host: `localhost:${second.port}` },
    body: request.postData()!,
  });
  expect(res.status).toBe(200);
  expect(await count('SELECT COUNT(*) AS n FROM "Attempt" a JOIN "User" u ON u."id" = a."userId" WHERE u."email" = $1 AND a."status" = \'IN_PROGRESS\'', student.email)).toBe(1);
});

test("failed sign-ins are counted across instances: the eleventh, on either, gets 429", async ({ baseURL }) => {
  const email = `target-${Date.now()}@example.test`;
  const attempt = async (base: string) => {
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = await csrf.json();
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      // A different address each time, so that only the per-account count can trip (and this machine's address stays unblocked for the next tests).
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "X-Forwarded-For": `10.1.0.${Math.floor(Math.random() * 250)}` },
      body: new URLSearchParams({ email, password: "wrong-password", csrfToken, json: "true" }),
      redirect: "manual",
    });
  };
  for (let i = 0; i < 10; i++) expect((await attempt(i % 2 ? second.base : baseURL!)).status).not.toBe(429);
  expect((await attempt(second.base)).status).toBe(429);
  expect((await attempt(baseURL!)).status).toBe(429);
});
