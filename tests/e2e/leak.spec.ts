import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { newStudent, signUp } from "./support/helpers";

const marker = process.env.E2E_MARKER!;

/** Every response the browser receives passes through here, whole, before the page sees it. */
async function captureResponses(page: Page) {
  const bodies: { url: string; method: string; body: string }[] = [];
  await page.route("**/*", async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      bodies.push({ url: route.request().url(), method: route.request().method(), body });
      await route.fulfill({ response, body });
    } catch {
      // The page navigated away first: this response never reached it.
      await route.abort().catch(() => {});
    }
  });
  return bodies;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

test("no answer key or explanation reaches the browser before the student answers", async ({ page, request }) => {
  expect(marker).toMatch(/^LEAKMARKER/);
  const bodies = await captureResponses(page);

  await signUp(page, newStudent(), "Student", "/lessons/the-convention/quiz");
  await page.getByRole("button", { name: "Start the practice quiz" }).click(); // a server action
  await expect(page.getByTestId("question").first()).toBeVisible();

  // The quiz page's HTML and its RSC payload, fetched as the signed-in student.
  const quizUrl = "/lessons/the-convention/quiz";
  const html = await page.request.get(quizUrl);
  const rsc = await page.request.get(quizUrl, { headers: { RSC: "1" } });
  bodies.push({ url: `${quizUrl} (html)`, method: "GET", body: await html.text() }, { url: `${quizUrl} (rsc)`, method: "GET", body: await rsc.text() });
  expect(await html.text()).toContain('data-testid="question"');
  expect(await rsc.text()).toContain('"prompt"');

  // Every static chunk of the build, whether this page loaded it or not.
  const chunks = filesUnder(path.join(process.env.NEXT_DIST_DIR ?? ".next", "static")).filter((f) => /\.(js|css|json|txt)$/.test(f));
  expect(chunks.length).toBeGreaterThan(5);
  for (const file of chunks) bodies.push({ url: file, method: "FILE", body: readFileSync(file, "utf8") });
  expect(bodies.filter((b) => b.method === "POST").length, "server action responses seen").toBeGreaterThanOrEqual(2);

  const leaked = bodies.filter((b) => b.body.includes(marker)).map((b) => b.url);
  expect(leaked, "the marker planted in answer keys and explanations").toEqual([]);

  // No explanation from the content files is in any chunk or page either.
  const explanations = readdirSync("content/lessons").flatMap((f) =>
    (parse(readFileSync(path.join("content/lessons", f), "utf8")).questions as { explanation: string }[]).map((q) => q.explanation.slice(0, 80)),
  );
  for (const text of explanations) expect(bodies.find((b) => b.body.includes(text))?.url, text).toBeUndefined();

  // The anonymous API surface gives nothing away either.
  const health = await request.get("/api/health");
  expect(await health.text()).not.toContain(marker);

  // Once the student checks an answer, the policy releases the feedback, and the
  // scan sees it: proof that the marker is planted and the scan can fail.
  const card = page.getByTestId("question").first();
  const type = await card.getAttribute("data-type");
  if (type === "ordering") await card.getByRole("button", { name: /Move down/ }).first().click();
  else if (type === "short_text") await card.getByLabel("Your answer").fill("x");
  else if (type === "numeric") await card.locator("input").fill("1");
  else if (type === "matching") for (const s of await card.locator("select").all()) await s.selectOption({ index: 1 });
  else if (type === "classification") for (const g of await card.locator("fieldset.class-row").all()) await g.locator("input").first().check();
  else await card.locator("input").first().check();
  const before = bodies.length;
  await card.getByRole("button", { name: "Check answer" }).click();
  await expect(card.getByTestId("feedback")).toContainText(marker);
  const actionResponse = bodies.slice(before).find((b) => b.method === "POST");
  expect(actionResponse?.body).toContain(marker);
});

test("in an assessed check, saves and pages carry no key or explanation until the attempt is submitted", async ({ page }) => {
  const seen = await captureResponses(page);
  await signUp(page, newStudent(), "Student", "/lessons/the-convention/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  const card = page.locator('[data-testid="question"][data-type="single"]').first();
  await card.locator("input").first().check();
  await expect(card).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  await expect(card).toHaveAttribute("data-save-state", "saved");

  const saves = seen.filter((b) => b.method === "POST" && b.url.includes("/answers"));
  expect(saves.length).toBeGreaterThanOrEqual(1);
  expect(seen.filter((b) => b.body.includes(marker)).map((b) => `${b.method} ${b.url}`)).toEqual([]);

  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByTestId("feedback").first()).toContainText(marker);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
