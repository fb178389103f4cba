import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Routes and components reach the database only through lib/'s data layer, which checks
    // ownership (docs/quality.md). (Client components cannot import lib/'s server modules at
    // all: each starts with `import "server-only"`, and the build fails if one is imported.)
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Read and write through a data-layer module in lib/ (queries.ts, mutations.ts) that checks ownership." }], patterns: ["@/lib/generated/*"] }],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tests/e2e/.artifacts/**"]),
]);
