// The one place that reads process.env. next.config.js imports this file, so
// a bad configuration stops `next build` and `next start` with a clear message.
import nextEnv from "@next/env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/,
      'DATABASE_URL must be a SQLite file URL such as "file:/var/lib/ihl/app.db" or a PostgreSQL URL such as "postgresql://user:password@db.example.org:5432/ihl"',
    )
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  // How many reverse proxies stand in front of the app and append to X-Forwarded-For. 0 (the
  // default) trusts no forwarded header: the client is the address that connected to Next.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Where `next build` writes and `next start` reads the build: the tests and the benchmark
  // build into folders of their own, so they never replace the build a running `npm start` serves.
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // Tests only: the learning features read the time through lib/clock.ts, which then adds the
  // offset in DATA_DIR/clock-offset-ms, so an end-to-end test can move a day ahead without sleeping.
  TEST_CLOCK: z.enum(["0", "1"]).optional(),
  // Tests and the benchmark only: count the SQL statements Prisma sends (lib/db.ts countQueries).
  COUNT_QUERIES: z.enum(["0", "1"]).optional(),
  // Build only: the commit being built, for a build made outside a git checkout (next.config.js).
  GIT_COMMIT: z.string().regex(/^[0-9a-f]{7,40}$/i, "GIT_COMMIT must be a git commit hash").optional(),
});

/** Turns a `file:` URL into a path, relative paths taken from the project root. */
function sqliteFile(url) {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** Reads the secret kept in the data folder, creating it once. */
function localSecret(dataDir) {
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}

export function loadEnv(source = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw.DATA_DIR);
  // Embedded mode: no DATABASE_URL, so the app runs on its own SQLite file
  // with demo accounts and a generated secret. A deployment names its database.
  const embedded = raw.DATABASE_URL === undefined;
  const postgres = raw.DATABASE_URL !== undefined && /^postgres(ql)?:/.test(raw.DATABASE_URL);
  if (!embedded && raw.NEXTAUTH_SECRET === undefined) {
    throw new Error(
      "Invalid configuration:\n  NEXTAUTH_SECRET is required when DATABASE_URL is set. Generate one with: openssl rand -base64 32",
    );
  }
  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    dataDir,
    embedded,
    // "sqlite" (the embedded default, or a file: URL) or "postgresql".
    provider: postgres ? "postgresql" : "sqlite",
    databaseFile: embedded ? path.join(dataDir, "ihl-classroom.db") : postgres ? null : sqliteFile(raw.DATABASE_URL),
    databaseUrl: postgres ? raw.DATABASE_URL : null,
    authSecret: raw.NEXTAUTH_SECRET ?? localSecret(dataDir),
    authUrl: raw.NEXTAUTH_URL ?? `http://localhost:${raw.PORT}`,
    seedDemo: raw.SEED_DEMO === undefined ? embedded : raw.SEED_DEMO === "1",
    trustProxyHops: raw.TRUST_PROXY_HOPS,
    distDir: raw.NEXT_DIST_DIR,
    logLevel: raw.LOG_LEVEL,
    testClock: raw.TEST_CLOCK === "1",
    countQueries: raw.COUNT_QUERIES === "1",
    gitCommit: raw.GIT_COMMIT ?? null,
    // The git commit the running build was made from. next.config.js sets IHL_BUILD_COMMIT at
    // build time (from GIT_COMMIT, or `git rev-parse` in a checkout), and Next writes the value
    // into the build in place of this expression; scripts and tests read their own environment.
    buildCommit: process.env.IHL_BUILD_COMMIT || null,
  };
}

// .env files are read the way Next reads them (.env, .env.local, .env.production…; a variable
// already set wins), in every process that loads the configuration: the server, and also
// migrations, seeding, the sweeper and the scripts, which Next does not start.
nextEnv.loadEnvConfig(/*turbopackIgnore: true*/ process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });

export const env = loadEnv();

// next-auth reads NEXTAUTH_URL itself to build its callback URLs.
process.env.NEXTAUTH_URL ??= env.authUrl;
