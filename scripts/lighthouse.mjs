// `npm run lighthouse`: Lighthouse (mobile emulation, default simulated throttling) on each main
// page of the built app, several runs each, the median printed and written to
// bench/results/lighthouse.json. It prints figures and never fails on a score: timings on a
// shared two-core machine are noisy. Not part of `npm test`.
//
// It reuses the build in .next (or builds once if there is none), starts `next start` on a
// throw-away SQLite database with the demo accounts, and, with Playwright, has the demo teacher
// create a class and an assignment and the demo student join it, submit the assignment and
// leave a practice quiz open, so that every page has something to show. Pages that need an
// account get its session cookie.
//
//   --runs=N        runs per page (default 3)
//   --only=A,B      only the pages whose name or path contains A or B
//   --build         build first even if .next has a build
//   --reports=DIR   also write each page's median-run Lighthouse report (JSON) into DIR
//   --out=FILE      write the figures there instead of bench/results/lighthouse.json
// Environment: LIGHTHOUSE_PORT (default 3460), CHROME_PATH (default /usr/bin/chromium).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg("runs") ?? 3);
const only = arg("only")?.split(",").filter(Boolean);
const reportsDir = arg("reports");
const outFile = arg("out") ?? path.join("bench", "results", "lighthouse.json");
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3460);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const base = `http://localhost:${port}`;
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const DEMO = {
  student: { email: "student@demo.ihl-classroom.org", password: "demo-student-2025" },
  teacher: { email: "teacher@demo.ihl-classroom.org", password: "demo-teacher-2025" },
};

const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-lighthouse-"));
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "ihl-lighthouse.db")}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: base,
  SEED_DEMO: "1",
  PORT: String(port),
};
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });

let server = null;
function stop() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});

async function healthy() {
  return fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
}

async function startServer() {
  if (await healthy()) throw new Error(`port ${port} is already taken: set LIGHTHOUSE_PORT`);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 150; i++) {
    if (await healthy()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not start");
}

/** Signs in through the form and returns the browser context. */
async function signIn(browser, who) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO[who].email);
  await page.getByLabel("Password").fill(DEMO[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  return { context, page };
}

const cookieHeader = async (context) => (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");

/** Demo data for the pages that need some: a class, an assignment, a submitted attempt, an open practice quiz. */
async function prepare() {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => f !== "--headless=new") });
  try {
    const teacher = await signIn(browser, "teacher");
    await teacher.page.goto("/teach");
    await teacher.page.getByLabel("Class name").fill("Lighthouse seminar");
    await teacher.page.getByRole("button", { name: "Create class" }).click();
    await teacher.page.waitForURL(/\/teach\/classes\/[^/]+$/);
    const classId = teacher.page.url().split("/").pop();
    const code = (await teacher.page.getByTestId("join-code").textContent()).trim();
    await teacher.page.goto(`/teach/classes/${classId}/assignments/new`);
    await teacher.page.getByRole("button", { name: "Assign" }).click();
    await teacher.page.waitForURL(/\/teach\/assignments\/[^/]+$/);
    const assignmentId = teacher.page.url().split("/").pop();

    const student = await signIn(browser, "student");
    const page = student.page;
    await page.goto("/classes");
    await page.getByLabel("Join code").fill(code);
    await page.getByRole("button", { name: "Join class" }).click();
    await page.getByTestId("my-classes").getByText("Lighthouse seminar").waitFor();
    await page.goto(`/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start the assignment" }).click();
    const first = page.getByTestId("question").first();
    await first.waitFor();
    await answerFirstOptions(page, 4);
    page.on("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await page.waitForURL(/\/attempts\/[^/]+$/);
    const attemptId = page.url().split("/").pop();
    // A practice quiz left open: its page shows the attempt runner.
    await page.goto("/lessons/the-convention/quiz");
    await page.getByRole("button", { name: "Start the practice quiz" }).click();
    await page.getByTestId("question").first().waitFor();

    return {
      classId,
      assignmentId,
      attemptId,
      cookies: { student: await cookieHeader(student.context), teacher: await cookieHeader(teacher.context) },
    };
  } finally {
    await browser.close();
  }
}

/** Answers the first `count` single-choice or true/false questions with their first option, and waits for the save. */
async function answerFirstOptions(page, count) {
  const cards = page.getByTestId("question");
  let answered = 0;
  for (let i = 0; i < (await cards.count()) && answered < count; i++) {
    const card = cards.nth(i);
    const type = await card.getAttribute("data-type");
    if (type !== "single" && type !== "true_false") continue;
    await card.locator("input").first().check();
    await expect(card).toHaveAttribute("data-save-state", "saved");
    answered++;
  }
}

function pages({ classId, assignmentId, attemptId }) {
  return [
    { name: "home", path: "/" },
    { name: "article", path: "/article" },
    { name: "facts", path: "/facts" },
    { name: "lesson 1", path: "/lessons/the-convention" },
    { name: "lesson 6", path: "/lessons/the-debate" },
    { name: "practice quiz (guest)", path: "/lessons/the-convention/quiz" },
    { name: "lesson check (guest)", path: "/lessons/the-convention/check" },
    { name: "sign in", path: "/sign-in" },
    { name: "sign up", path: "/sign-up" },
    { name: "practice quiz (student, open)", path: "/lessons/the-convention/quiz", as: "student" },
    { name: "my progress", path: "/progress", as: "student" },
    { name: "review", path: "/review", as: "student" },
    { name: "my classes", path: "/classes", as: "student" },
    { name: "assignment", path: `/assignments/${assignmentId}`, as: "student" },
    { name: "attempt review", path: `/attempts/${attemptId}`, as: "student" },
    { name: "teach", path: "/teach", as: "teacher" },
    { name: "class", path: `/teach/classes/${classId}`, as: "teacher" },
    { name: "gradebook", path: `/teach/classes/${classId}/gradebook`, as: "teacher" },
    { name: "assignment report", path: `/teach/assignments/${assignmentId}`, as: "teacher" },
  ];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run in a fresh Chromium: mobile emulation and simulated throttling, the defaults. */
async function lighthouseOnce(url, cookie) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "best-practices"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scripts = lhr.audits["resource-summary"].details.items.find((i) => i.resourceType === "script");
    return {
      lhr,
      score: Math.round(lhr.categories.performance.score * 100),
      tbtMs: lhr.audits["total-blocking-time"].numericValue,
      lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
      fcpMs: lhr.audits["first-contentful-paint"].numericValue,
      jsKb: (scripts?.transferSize ?? 0) / 1024,
      consoleErrors: lhr.audits["errors-in-console"].details?.items?.length ?? 0,
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is made again, twice at most. */
async function lighthouseWithRetry(url, cookie) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, cookie);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`  (run again: ${error.message})`);
    }
  }
}

try {
  if (process.argv.includes("--build") || !existsSync(".next/BUILD_ID")) run("npx", ["next", "build"]);
  run("node", ["scripts/prepare-db.mjs"]);
  await startServer();
  const data = await prepare();
  const selected = pages(data).filter((p) => !only || only.some((o) => p.name.includes(o) || p.path.includes(o)));
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });

  const results = [];
  for (const p of selected) {
    const cookie = p.as ? data.cookies[p.as] : undefined;
    // One request first, so that no run pays for the server's first render of the route.
    await fetch(base + p.path, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await lighthouseWithRetry(base + p.path, cookie));
    const row = {
      page: p.name,
      path: p.path.replace(/[a-z0-9]{20,}/g, ":id"),
      as: p.as ?? "guest",
      runs,
      score: median(samples.map((s) => s.score)),
      tbtMs: Math.round(median(samples.map((s) => s.tbtMs))),
      lcpMs: Math.round(median(samples.map((s) => s.lcpMs))),
      fcpMs: Math.round(median(samples.map((s) => s.fcpMs))),
      jsKb: Number(median(samples.map((s) => s.jsKb)).toFixed(1)),
      consoleErrors: Math.max(...samples.map((s) => s.consoleErrors)),
      scores: samples.map((s) => s.score),
    };
    if (samples.some((s) => new URL(s.finalUrl).pathname !== p.path)) row.note = `ended on ${new URL(samples[0].finalUrl).pathname}`;
    results.push(row);
    console.log(
      `${row.page.padEnd(32)} score ${String(row.score).padStart(3)} (${row.scores.join(", ")})  TBT ${String(row.tbtMs).padStart(5)} ms  LCP ${String(row.lcpMs).padStart(5)} ms  JS ${row.jsKb.toFixed(1).padStart(6)} KB  console errors ${row.consoleErrors}${row.note ? `  ${row.note}` : ""}`,
    );
    if (reportsDir) {
      const mid = [...samples].sort((a, b) => a.score - b.score)[Math.floor(samples.length / 2)];
      writeFileSync(path.join(reportsDir, `${row.page.replace(/[^a-z0-9]+/gi, "-")}.json`), JSON.stringify(mid.lhr));
    }
  }

  mkdirSync(path.dirname(outFile), { recursive: true });
  const out = {
    what: "Lighthouse performance, mobile emulation with default simulated throttling; the median of each figure over the runs. JS is the transferred size of the page's scripts.",
    lighthouse: JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version,
    date: new Date().toISOString(),
    pages: results,
  };
  writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nWritten to ${outFile}`);
} finally {
  stop();
}
