import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/test-e2e.mjs), which builds the app,
// creates a fresh database for this run and sets the variables read here.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.DATABASE_URL ?? "";
if (!/ihl[-_]e2e[-_]/.test(databaseUrl)) {
  throw new Error("E2E tests run only against a throw-away database: start them with `npm run test:e2e`.");
}

// The run on PostgreSQL is for what the database decides over real HTTP: concurrent and replayed
// saves and submits, two instances on one database, kill -9, rate limits counted in the database,
// denials, deletion, health. Specs about markup (axe, layout, page weight) and the user flows
// (journey, learning, guest practice, classes, teaching, course facts, authoring, publishing) give the same answer on
// either engine, so they run once, on SQLite; their data layer runs on both engines in the
// integration suites (npm run test:integration:pg).
const sqliteOnly = [
  "accessibility",
  "pages",
  "page-weight",
  "journey",
  "learning",
  "leak",
  "guest",
  "classes",
  "teaching",
  "course-facts",
  "authoring",
  "publishing",
].map((name) => `**/${name}.spec.ts`);
const postgres = /^postgres(ql)?:/.test(databaseUrl);

const chromiumArgs = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"];

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore: postgres ? sqliteOnly : [],
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "on-first-retry",
    // A click or fill that finds nothing fails within 30 s instead of waiting out the test's timeout.
    actionTimeout: 30_000,
    launchOptions: {
      // Debian's Chromium, or Playwright's own browser when E2E_CHROMIUM_PATH is empty.
      executablePath: process.env.E2E_CHROMIUM_PATH || undefined,
      args: chromiumArgs,
    },
  },
  projects: [
    // Signs in once as the demo teacher and the demo student and stores their sessions
    // (tests/e2e/support/sessions.ts) for the specs that only need a signed-in demo user.
    { name: "setup", testMatch: /\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `npx next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
