// `npm run bench`: speed and memory figures, printed, never asserted.
// Builds the app, fills a throw-away database with a class of 100 and a class
// of 1,000 students (scripts/bench/dashboard-data.ts), then measures the
// dashboard two ways: its data layer in process (SQL statements and time), and
// the rendered pages over HTTP from `next start`. Sizes are compared as ratios
// measured in the same run, since the machines are shared and noisy.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const port = process.env.BENCH_PORT ?? "3200";
const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-bench-"));
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "bench.db")}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: `http://localhost:${port}`,
  SEED_DEMO: "0",
  LOG_LEVEL: "warn",
  PORT: port,
};
const base = `http://localhost:${port}`;
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { env, encoding: "utf8", ...opts });

console.log("Building and preparing the benchmark database…");
run("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
run("node", ["scripts/prepare-db.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
console.log("Filling it with classes of 100 and 1,000 students (real attempt functions)…");
const data = JSON.parse(
  run("npx", ["tsx", "--conditions=react-server", "scripts/bench/dashboard-data.ts"], { env: { ...env, COUNT_QUERIES: "1" } })
    .trim()
    .split("\n")
    .at(-1),
);

const server = spawn("npx", ["next", "start", "-p", port], { env, stdio: "ignore", detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

/** Signs in through next-auth's credentials flow and returns the cookie header. */
async function signIn({ email, password }) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map();
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) jar.set(c.split("=")[0], c.split(";")[0]);
  };
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [...jar.values()].join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("sign-in failed");
  return [...jar.values()].join("; ");
}

async function timePage(url, cookie, runs = 7) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const res = await fetch(`${base}${url}`, { headers: { Cookie: cookie } });
    const body = await res.text();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= 2) times.push(performance.now() - start);
    bytes = body.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(runs / 2)]), kb: Math.round(bytes / 1024) };
}

try {
  await waitForHealth();
  const cookie = await signIn(data.teacher);
  const rows = [];
  for (const size of ["100", "1000"]) {
    const r = data.results[size];
    const gradebookPage = await timePage(`/teach/classes/${r.classId}/gradebook`, cookie);
    const reportPage = await timePage(`/teach/assignments/${r.assignmentId}`, cookie);
    const csv = await timePage(`/api/classes/${r.classId}/gradebook`, cookie);
    rows.push({ size, ...r, gradebookPage, reportPage, csv });
  }
  const [small, large] = rows;
  const ratio = (a, b) => (b > 0 ? (a / b).toFixed(1) : "n/a");
  console.log(`\nSeeded in ${data.seedSeconds} s.  Medians of 7 runs after 2 warm-ups.\n`);
  console.log("students  attempts  | gradebook data: SQL, ms | report data: SQL, ms | gradebook page: ms, KB | report page: ms, KB | CSV: ms, KB");
  for (const r of rows)
    console.log(
      `${r.size.padStart(8)}  ${String(r.attempts).padStart(8)}  | ${String(r.gradebook.queries).padStart(14)}, ${String(r.gradebook.medianMs).padStart(6)} | ${String(r.report.queries).padStart(11)}, ${String(r.report.medianMs).padStart(6)} | ${String(r.gradebookPage.medianMs).padStart(14)}, ${String(r.gradebookPage.kb).padStart(5)} | ${String(r.reportPage.medianMs).padStart(11)}, ${String(r.reportPage.kb).padStart(5)} | ${r.csv.medianMs}, ${r.csv.kb}`,
    );
  console.log(
    `\n1,000 vs 100 students: SQL statements ×${ratio(large.gradebook.queries, small.gradebook.queries)} (gradebook) and ×${ratio(large.report.queries, small.report.queries)} (report); ` +
      `time ×${ratio(large.gradebook.medianMs, small.gradebook.medianMs)} (gradebook data), ×${ratio(large.gradebookPage.medianMs, small.gradebookPage.medianMs)} (gradebook page), ×${ratio(large.reportPage.medianMs, small.reportPage.medianMs)} (report page).`,
  );
  const mem = process.memoryUsage();
  console.log(`Bench process RSS ${Math.round(mem.rss / 2 ** 20)} MiB.`);
} finally {
  stop();
}
