import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { answerSomehow, newStudent, signUp } from "./support/helpers";

const postgres = /^postgres/.test(process.env.DATABASE_URL!);

/** The commit the checkout is at, or null outside a git checkout. */
function gitHead(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

test("GET /api/health reports the build's version and the database's state", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  const migrations = readdirSync(postgres ? "prisma/postgres/migrations" : "prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  expect(body).toEqual({
    ok: true,
    version: { app: JSON.parse(readFileSync("package.json", "utf8")).version, commit: expect.anything() },
    database: { engine: postgres ? "postgresql" : "sqlite", reachable: true, migrations: { applied: migrations, pending: [] }, seeded: true, lessons: 6 },
  });
  // The commit the tests' build was made from: HEAD, or an ancestor of it when commits came after the build.
  const head = gitHead();
  if (head === null) expect(body.version.commit).toBeNull();
  else {
    expect(body.version.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(() => execFileSync("git", ["merge-base", "--is-ancestor", body.version.commit, head], { stdio: "ignore" })).not.toThrow();
  }
});

test("pages and API responses carry a request id: a sane incoming one is kept, anything else replaced", async ({ request }) => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  for (const url of ["/", "/api/health"]) {
    expect((await request.get(url)).headers()["x-request-id"], url).toMatch(uuid);
    expect((await request.get(url, { headers: { "x-request-id": "lb-trace-000123" } })).headers()["x-request-id"], url).toBe("lb-trace-000123");
    expect((await request.get(url, { headers: { "x-request-id": "<script>alert(1)</script>" } })).headers()["x-request-id"], url).toMatch(uuid);
  }
  // A JSON route gets a policy under which nothing loads or runs.
  expect((await request.get("/api/health")).headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

/** Collects the page's CSP violations (the browser fires securitypolicyviolation for each) and its console's CSP messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

test("pages carry a CSP whose scripts need the request's nonce; the quiz runs with no violation, and an injected script is blocked", async ({ page, request }) => {
  const home = await request.get("/");
  const csp = home.headers()["content-security-policy"]!;
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  // Every script tag of the page carries this response's nonce; the next response has another.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
  const tags = [...(await home.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(tags.length).toBeGreaterThan(3);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  expect((await request.get("/")).headers()["content-security-policy"]).not.toContain(nonce);

  // The quiz page, signed in: start a lesson check and answer; hydration and saving work, and nothing is refused.
  const violations = await watchViolations(page);
  await signUp(page, newStudent(), "Student", "/lessons/the-convention/check");
  await page.getByRole("button", { name: "Start the lesson check" }).click();
  const card = page.getByTestId("question").first();
  await answerSomehow(card);
  await expect(card).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  await expect(page.getByTestId("question").first()).toHaveAttribute("data-save-state", "saved");
  expect(await violations()).toEqual([]);

  // An inline script injected into the HTML (as a stored XSS would be) has no nonce and does not run.
  await page.route("**/lessons/the-convention", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/lessons/the-convention");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect((await violations()).some((v) => /script-src/.test(v))).toBe(true);
});
