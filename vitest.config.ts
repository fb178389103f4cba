import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // lib/ modules guard themselves with `import "server-only"`, which throws outside React Server Components.
    "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
  },
};

// Two projects: unit tests of pure logic, with no database (a throw-away data folder, so that
// loading the configuration writes nothing into the checkout); and integration tests, each file
// with a fresh database of its own (tests/support/fresh-database.ts), SQLite or, with
// TEST_DB=postgresql, PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          env: { DATA_DIR: mkdtempSync(path.join(tmpdir(), "ihl-unit-")) },
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/support/fresh-database.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: "forks",
        },
      },
    ],
  },
});
