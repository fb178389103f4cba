// `npm run test:e2e`: builds the app, prepares a fresh database for this run
// only, plants a leak marker in an answer key, and runs Playwright in Chromium.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "ihl-e2e.db")}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  SEED_DEMO: "1",
  TEST_CLOCK: "1",
  E2E_PORT: process.env.E2E_PORT ?? "3100",
  E2E_CHROMIUM_PATH: findChromium(),
  E2E_MARKER: `LEAKMARKER${randomBytes(6).toString("hex").toUpperCase()}`,
};
env.NEXTAUTH_URL = `http://localhost:${env.E2E_PORT}`;
env.PORT = env.E2E_PORT;

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });
try {
  run("npx", ["next", "build"]);
  run("node", ["scripts/prepare-db.mjs"]);
  run("npx", ["tsx", "--conditions=react-server", "tests/e2e/support/plant-marker.ts"]);
  run("npx", ["playwright", "test", ...process.argv.slice(2)]);
} catch (error) {
  process.exit(typeof error.status === "number" ? error.status : 1);
}
