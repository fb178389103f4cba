// `npm run test:e2e`: builds the app, prepares a fresh database for this run
// only, plants a leak marker in an answer key, and runs Playwright in Chromium.
//   --db=postgresql   run against a new PostgreSQL database on the server that TEST_POSTGRES_URL
//                     names (default: the local one), dropped afterwards; SQLite otherwise
//   --no-build        reuse the existing build (npm test builds once for both engines)
// Any other argument goes to Playwright.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { adminQuery, postgresUrl } from "./db/postgres.mjs";

const ours = (arg) => arg.startsWith("--db=") || arg === "--no-build";
const provider = process.argv.find((a) => a.startsWith("--db="))?.slice(5) ?? "sqlite";
const build = !process.argv.includes("--no-build");
const playwrightArgs = process.argv.slice(2).filter((a) => !ours(a));

function findChromium() {
  if (process.env.E2E_CHROMIUM_PATH !== undefined) return process.env.E2E_CHROMIUM_PATH;
  if (process.env.PLAYWRIGHT_USE_BUNDLED === "1") return "";
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  console.error(
    "No browser for the end-to-end tests: /usr/bin/chromium is missing.\n" +
      "Install Debian's Chromium with:  sudo apt-get install chromium\n" +
      "or point E2E_CHROMIUM_PATH at another Chromium, or set PLAYWRIGHT_USE_BUNDLED=1 to use Playwright's own browser.",
  );
  process.exit(1);
}


const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-e2e-"));
let databaseUrl = `file:${path.join(dataDir, "ihl-e2e.db")}`;
let pgName = null;
if (provider === "postgresql") {
  pgName = `ihl_e2e_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${pgName}`);
  databaseUrl = postgresUrl(pgName);
} else if (provider !== "sqlite") {
  console.error(`--db must be sqlite or postgresql, not ${provider}`);
  process.exit(1);
}

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // A build of its own: never the one a running `npm start` serves.
  NEXT_DIST_DIR: ".next-test",
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  SEED_DEMO: "1",
  TEST_CLOCK: "1",
  E2E_PORT: process.env.E2E_PORT ?? "3100",
  E2E_CHROMIUM_PATH: findChromium(),
  E2E_MARKER: `LEAKMARKER${randomBytes(6).toString("hex").toUpperCase()}`,
};
env.NEXTAUTH_URL = `http://localhost:${env.E2E_PORT}`;
env.PORT = env.E2E_PORT;

console.log(`End-to-end tests on ${provider === "postgresql" ? `PostgreSQL (database ${pgName})` : "SQLite"}`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });
let status = 0;
try {
  if (build || !existsSync(".next-test/BUILD_ID")) run("npx", ["next", "build"]);
  run("node", ["scripts/prepare-db.mjs"]);
  run("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/plant-marker.ts"]);
  run("npx", ["playwright", "test", ...playwrightArgs]);
} catch (error) {
  status = typeof error.status === "number" ? error.status : 1;
}
if (pgName) await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`).catch((e) => console.error(`Could not drop ${pgName}: ${e.message}`));
process.exit(status);
