// `npm run bench [-- --quick]`: load and speed figures of the built app, printed and written to
// bench/results/latest.json. Timings are reported, never asserted: the exit status is non-zero
// only for errors (5xx, socket errors, saves or submits refused that should have been accepted)
// and for answers lost or duplicated, counted from the database afterwards.
//
// Scenarios (README, "Benchmark"): empty-vs-save, knee, class-burst, school-burst, sign-in-timing
// (SQLite, one `next start`), dashboard (SQLite, a class of 1,000 at 10k, 100k and 1M answers),
// postgres (one and two `next start` on one PostgreSQL database).
//
//   --quick            shorter runs, 200 students in the school burst, dashboard at 10k and 100k
//   --only=a,b         run only these scenarios (the others' rows are missing from the table)
//   BENCH_SKIP_BUILD=1 reuse the existing build in NEXT_DIST_DIR (default .next-bench)
//   BENCH_PORT         first of the four ports used (default 3300)
//   TEST_POSTGRES_URL  PostgreSQL server for the postgres scenario (default: local, as the tests)
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { adminQuery, POSTGRES_ADMIN_URL, postgresUrl } from "./db/postgres.mjs";
import { closeConnections, csrfPair, request, signInAll, trySignIn, waitFor } from "./bench/http.mjs";
import { checkAnswers, checkSubmitted, Ledger, openReader, percentile, summarise, Tally } from "./bench/ledger.mjs";
import { hammer, saveLoad } from "./bench/load.mjs";
import { assertPortFree, killAllNow, startServer, stopAll } from "./bench/servers.mjs";

const quick = process.argv.includes("--quick");
const SCENARIOS = ["empty-vs-save", "knee", "class-burst", "school-burst", "sign-in-timing", "dashboard", "postgres"];
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",") ?? SCENARIOS;
for (const name of only) if (!SCENARIOS.includes(name)) throw new Error(`--only: unknown scenario ${name}; the scenarios are ${SCENARIOS.join(", ")}`);
const runs = (name) => only.includes(name);
const sqliteScenarios = SCENARIOS.slice(0, 5).some(runs);
// A build of its own (or the tests' build, which npm test passes in), never the one a running `npm start` serves.
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const skipBuild = process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(distDir, "BUILD_ID"));
const firstPort = Number(process.env.BENCH_PORT ?? 3300);
const ports = { sqlite: firstPort, dashboard: firstPort + 1, pg1: firstPort + 2, pg2: firstPort + 3 };

const CONFIG = quick
  ? {
      emptyVsSave: { seconds: 4, connections: 8, highConnections: 32 },
      knee: { seconds: 2, steps: [4, 8, 16, 32, 64, 128, 256], limitMs: 500 },
      classBurst: { students: 30, windowMs: 1000 },
      school: { students: 200, periodS: 3, forS: 9, submitWindowS: 3 },
      dashboard: { sizes: [10_000, 100_000], runs: 3, warmups: 1, dataRuns: 1 },
      postgres: { seconds: 3, connections: 32 },
      signInTiming: { perKind: 20, warmups: 3 },
    }
  : {
      emptyVsSave: { seconds: 10, connections: 8, highConnections: 32 },
      knee: { seconds: 5, steps: [4, 8, 16, 32, 64, 128, 256], limitMs: 500 },
      classBurst: { students: 30, windowMs: 1000 },
      school: { students: 1000, periodS: 30, forS: 90, submitWindowS: 10 },
      dashboard: { sizes: [10_000, 100_000, 1_000_000], runs: 5, warmups: 1, dataRuns: 3 },
      postgres: { seconds: 10, connections: 32 },
      signInTiming: { perKind: 100, warmups: 3 },
    };
// Lesson checks: 30 minutes, 3 attempts. Each save student has an open attempt at four of them
// (one connection per attempt, so up to 256 connections); the bursts use the other two.
const SAVE_QUIZZES = ["the-convention-check", "withdrawal-check", "military-arguments-check", "humanitarian-arguments-check"];
const SAVE_STUDENTS = 64;
const PG_STUDENTS = 32;
const PASSWORD = "bench-password-not-secret";
const LOGS = "bench/results/logs";

const wallStart = performance.now();
const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-bench-"));
const secret = randomBytes(32).toString("base64url");
const pgName = `ihl_bench_${randomBytes(6).toString("hex")}`;
const pgUrl = postgresUrl(pgName);
let pgCreated = false;

const baseEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  NEXTAUTH_SECRET: secret,
  SEED_DEMO: "0",
  LOG_LEVEL: "warn",
  NEXT_DIST_DIR: distDir,
};

const dbs = {
  base: { provider: "sqlite", file: path.join(dataDir, "base.db") },
  load: { provider: "sqlite", file: path.join(dataDir, "load.db") },
  dashboard: { provider: "sqlite", file: path.join(dataDir, "dashboard.db") },
  postgres: { provider: "postgresql", url: pgUrl },
};
const envFor = (db, extra = {}) => ({ ...baseEnv, DATABASE_URL: db.provider === "sqlite" ? `file:${db.file}` : db.url, ...extra });

/** Child processes other than the servers (build, database preparation, seeding), each in its own process group. */
const helpers = new Set();
function killHelpers() {
  for (const child of helpers)
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
}

const execFileAsync = promisify(execFile);
async function run(cmd, args, env) {
  const running = execFileAsync(cmd, args, { env, maxBuffer: 256 * 2 ** 20, detached: true });
  helpers.add(running.child);
  try {
    return (await running).stdout;
  } catch (error) {
    throw new Error(`${cmd} ${args.slice(0, 2).join(" ")} failed:\n${error.stderr || error.stdout || error.message}`);
  } finally {
    helpers.delete(running.child);
  }
}
const tsx = (script, spec, env) => run("npx", ["tsx", "--conditions=react-server", script, JSON.stringify(spec)], env).then((out) => JSON.parse(out.trim().split("\n").at(-1)));
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;
const log = (...a) => console.log(`[${String(seconds(wallStart)).padStart(5)} s]`, ...a);


/** Stops every server and helper, drops the PostgreSQL database and removes the temporary folder; once. */
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    closeConnections();
    killHelpers();
    await stopAll();
    if (pgCreated) await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`).catch((e) => console.error(`Could not drop ${pgName}: ${e.message}`));
    // The servers' output is kept (git-ignored) for reading after the run.
    rmSync(LOGS, { recursive: true, force: true });
    mkdirSync(LOGS, { recursive: true });
    for (const f of readdirSync(dataDir).filter((f) => f.endsWith(".log"))) copyFileSync(path.join(dataDir, f), path.join(LOGS, f));
    rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}
let interrupted = null;
process.on("exit", () => {
  killAllNow();
  killHelpers();
  rmSync(dataDir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    console.error(`\n${signal}: stopping the servers and removing the benchmark databases…`);
    cleanup().finally(() => process.exit(130));
  });

// ---- Results -------------------------------------------------------------------------------

const rows = [];
const problems = [];
const details = {};
function row(scenario, label, figures, extra = {}) {
  const r = { scenario, label, ...figures, ...extra };
  rows.push(r);
  const errors = Object.keys(r.errors ?? {}).length ? Object.entries(r.errors).map(([k, n]) => `${k}×${n}`).join(" ") : "0";
  log(`${scenario} ${label}: ${r.rps ?? "-"} rps, p50 ${r.p50 ?? "-"} ms, p95 ${r.p95 ?? "-"} ms, p99 ${r.p99 ?? "-"} ms, errors ${errors}${r.note ? `; ${r.note}` : ""}`);
  if (r.errorCount) problems.push(`${scenario} ${label}: errors ${errors}`);
  return r;
}
function expectZero(scenario, what, n) {
  if (n) problems.push(`${scenario}: ${n} ${what}`);
}
const loadAverage = () => loadavg().map((x) => x.toFixed(1)).join(" ");
const loadBefore = loadAverage();
const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

/** Saves answered 200 "stale" although each connection's numbers only increase: the server refused a newer save. */
function staleProblems(scenario, tally) {
  const unexpected = tally.stale - tally.resent;
  if (unexpected > 0) problems.push(`${scenario}: ${unexpected} saves with an increasing seq answered "stale"`);
  return Math.max(0, unexpected);
}

// ---- Preparation -----------------------------------------------------------------------------

function build() {
  if (skipBuild) {
    log(`BENCH_SKIP_BUILD=1: reusing the build in ${distDir}`);
    return Promise.resolve();
  }
  return run("npx", ["next", "build"], envFor(dbs.load)).then(() => log("built"));
}

/** Migrates and seeds one SQLite database; the others start as copies of it. */
const baseReady = () => (baseReady.promise ??= run("node", ["scripts/prepare-db.mjs"], envFor(dbs.base)));
async function copyOfBase(db) {
  await baseReady();
  copyFileSync(dbs.base.file, db.file);
}

async function prepareLoadDb(groups) {
  await copyOfBase(dbs.load);
  return tsx("scripts/bench/load-data.ts", { password: PASSWORD, groups, probe: true }, envFor(dbs.load, { COUNT_QUERIES: "1" }));
}

async function preparePostgres() {
  try {
    await adminQuery(`CREATE DATABASE ${pgName}`);
  } catch (error) {
    return { skipped: `PostgreSQL at ${new URL(POSTGRES_ADMIN_URL).host} is not reachable (${error.message})` };
  }
  pgCreated = true;
  await run("node", ["scripts/prepare-db.mjs"], envFor(dbs.postgres));
  return tsx("scripts/bench/load-data.ts", { password: PASSWORD, groups: [{ name: "save", students: PG_STUDENTS, quizzes: SAVE_QUIZZES.slice(0, 2) }], probe: true }, envFor(dbs.postgres, { COUNT_QUERIES: "1" }));
}

/**
 * scripts/bench/dashboard-data.ts as one long-lived process (it pays tsx's start once): each
 * step is a JSON line on its standard input, answered by a JSON line on its standard output.
 */
function dashboardData() {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/bench/dashboard-data.ts"], {
    env: envFor(dbs.dashboard, { COUNT_QUERIES: "1" }),
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  helpers.add(child);
  const waiting = [];
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line.startsWith("{")) waiting.shift()?.resolve(JSON.parse(line));
  });
  const exited = new Promise((resolve) =>
    child.on("exit", (code) => {
      helpers.delete(child);
      for (const w of waiting.splice(0)) w.reject(new Error(`scripts/bench/dashboard-data.ts stopped (${code}):\n${stderr}`));
      resolve(code);
    }),
  );
  return {
    step: (args) => new Promise((resolve, reject) => (waiting.push({ resolve, reject }), child.stdin.write(`${JSON.stringify({ password: PASSWORD, ...args })}\n`))),
    close: () => (child.stdin.end(), exited),
  };
}
async function prepareDashboard() {
  await copyOfBase(dbs.dashboard);
  const data = dashboardData();
  await data.step({ init: true, to: CONFIG.dashboard.sizes[0], measure: false });
  return data;
}

/** Slots for the save path: slot i is student i % n at quiz ⌊i / n⌋, so the first n connections are n different students. */
function saveSlots(group, cookies) {
  const slots = [];
  for (let q = 0; q < group[0].attempts.length; q++)
    for (const [s, student] of group.entries()) slots.push({ cookie: cookies[s], attemptId: student.attempts[q].attemptId, questionIds: student.attempts[q].questionIds, n: 0, seq: 0 });
  return slots;
}

// ---- Scenarios on SQLite -----------------------------------------------------------------------

async function emptyVsSave(server, slots, ledger) {
  const c = CONFIG.emptyVsSave;
  const empty = summarise(await hammer([server.base], "/api/health/live", { connections: c.connections, duration: c.seconds }));
  row("empty-vs-save", `empty route, ${c.connections} conns`, empty, { connections: c.connections });
  const tally = await saveLoad([server.base], slots, ledger, { connections: c.connections, duration: c.seconds });
  const save = summarise(tally);
  staleProblems("empty-vs-save", tally);
  row("empty-vs-save", `save, ${c.connections} conns`, save, { connections: c.connections, note: `save/empty rps ${ratio(save.rps, empty.rps)}; a save is ${details.dataLayer.saveStatements} SQL statements` });
  const highTally = await saveLoad([server.base], slots, ledger, { connections: c.highConnections, duration: c.seconds });
  staleProblems("empty-vs-save", highTally);
  const high = row("empty-vs-save", `save, ${c.highConnections} conns`, summarise(highTally), { connections: c.highConnections });
  details.emptyVsSave = { emptyRps: empty.rps, saveRps: save.rps, ratio: ratio(save.rps, empty.rps), saveP99At32: high.p99 };
}

async function knee(server, slots, ledger) {
  const c = CONFIG.knee;
  const steps = [];
  for (const connections of c.steps) {
    if (connections > slots.length) break;
    const tally = await saveLoad([server.base], slots, ledger, { connections, duration: c.seconds });
    staleProblems("knee", tally);
    const s = row("knee", `save, ${connections} conns`, summarise(tally), { connections });
    steps.push({ connections, rps: s.rps, p99: s.p99 });
    if (s.p99 > c.limitMs) break;
  }
  const below = steps.filter((s) => s.p99 <= c.limitMs);
  const best = below.length ? below.reduce((a, b) => (b.rps > a.rps ? b : a)) : steps[0];
  const passed = steps.find((s) => s.p99 > c.limitMs);
  const empty = summarise(await hammer([server.base], "/api/health/live", { connections: best.connections, duration: c.seconds }));
  row("knee", `empty route, ${best.connections} conns`, empty, {
    connections: best.connections,
    note: `best save ${best.rps} rps at ${best.connections} conns with p99 ≤ ${c.limitMs} ms; save/empty ${ratio(best.rps, empty.rps)}; p99 > ${c.limitMs} ms ${passed ? `from ${passed.connections} conns` : `not reached at ${steps.at(-1).connections}`}`,
  });
  details.knee = { steps, bestRps: best.rps, bestConnections: best.connections, emptyRps: empty.rps, ratio: ratio(best.rps, empty.rps), p99PassedAt: passed?.connections ?? null };
}

/** One timed request, counted in the tally. */
async function timed(tally, base, method, url, options) {
  const res = await request(base, method, url, options);
  if (res.retried) tally.retried++;
  if (res.status === 0) tally.socketError(res.error);
  else tally.status(res.status, res.ms);
  return res;
}

/** Fires one submit per slot at the given offsets (ms from now); each waits for the slot's own pending save first. */
async function submitAll(server, slots, offsets, tally) {
  const t0 = performance.now();
  const fired = [];
  const results = await Promise.all(
    slots.map(async (slot, i) => {
      await new Promise((r) => setTimeout(r, Math.max(0, offsets[i] - (performance.now() - t0))));
      await slot.pending;
      fired.push(performance.now() - t0);
      return timed(tally, server.base, "POST", `/api/attempts/${slot.attemptId}/submit`, { cookie: slot.cookie, body: {} });
    }),
  );
  tally.end();
  return { results, windowMs: Math.round(Math.max(...fired) - Math.min(...fired)) };
}

async function classBurst(server, slots, warmUp, reader) {
  const c = CONFIG.classBurst;
  // The server has not submitted anything yet: one more student of the class submits first, so
  // that the burst measures submits and not the loading and first compilation of their code.
  const warm = await request(server.base, "POST", `/api/attempts/${warmUp.attemptId}/submit`, { cookie: warmUp.cookie, body: {} });
  if (warm.status !== 200) problems.push(`class-burst: the warm-up submit answered ${warm.status}`);
  const submits = new Tally();
  const { results, windowMs } = await submitAll(
    server,
    slots,
    slots.map((_, i) => (i * c.windowMs) / slots.length),
    submits,
  );
  const check = await checkSubmitted(reader, slots.map((s) => s.attemptId));
  // Every question was answered right before the burst (scripts/bench/load-data.ts, "answered").
  const lost = slots.reduce((n, s) => n + s.questionIds.length, 0) - check.answers;
  const notFull = [...check.scores.values()].filter((s) => Math.abs(s.score - s.maxScore) > 1e-9).length;
  const mismatchedReplies = results.filter((r, i) => r.status === 200 && check.scores.get(slots[i].attemptId)?.score !== r.json?.score).length;
  const figures = summarise(submits);
  expectZero("class-burst", "answers lost", lost);
  expectZero("class-burst", "attempts graded twice", check.duplicated);
  expectZero("class-burst", "attempts whose score is not the sum of their answers", check.scoreMismatches);
  expectZero("class-burst", "attempts not at full marks although every answer was right", notFull);
  expectZero("class-burst", "submit replies whose score differs from the database", mismatchedReplies);
  expectZero("class-burst", "answers left ungraded", check.ungraded);
  if (check.submitted !== slots.length || check.open) problems.push(`class-burst: ${check.submitted} SUBMITTED and ${check.open} open attempts, expected ${slots.length} and 0`);
  row("class-burst", `${slots.length} submits in ${windowMs} ms`, figures, {
    lost,
    duplicated: check.duplicated,
    note: `${check.submitted} SUBMITTED, ${check.scoreMismatches} score ≠ Σ answers, ${notFull} not full marks; ${check.answers} answers graded; ${submits.retried} resent after a closed keep-alive connection`,
  });
  details.classBurst = { windowMs, submitted: check.submitted, open: check.open, scoreMismatches: check.scoreMismatches, p95: figures.p95 };
}

async function schoolBurst(server, slots, ledger, reader) {
  const c = CONFIG.school;
  const n = slots.length;
  const saves = new Tally();
  const t0 = performance.now();
  // Each student saves every periodS seconds, the students spread evenly over the period.
  const perStudent = Math.round(c.forS / c.periodS);
  await Promise.all(
    slots.map(async (slot, i) => {
      for (let k = 0; k < perStudent; k++) {
        const at = (i * c.periodS * 1000) / n + k * c.periodS * 1000;
        await new Promise((r) => setTimeout(r, Math.max(0, at - (performance.now() - t0))));
        const sent = ledger.next(slot);
        // Open loop: the next save is due on time whether or not this one is answered.
        const pending = timed(saves, server.base, "POST", `/api/attempts/${slot.attemptId}/answers`, { cookie: slot.cookie, body: sent }).then((res) => ledger.record(slot, sent, res.status, res.json, saves));
        slot.pending = Promise.all([slot.pending, pending]);
      }
    }),
  );
  await Promise.all(slots.map((s) => s.pending));
  saves.end();
  staleProblems("school-burst", saves);
  const submits = new Tally();
  const { windowMs } = await submitAll(
    server,
    slots,
    slots.map((_, i) => (i * c.submitWindowS * 1000) / n),
    submits,
  );
  const answers = await checkAnswers(reader, ledger);
  const check = await checkSubmitted(reader, slots.map((s) => s.attemptId));
  const busy = server.grep(/SQLITE_BUSY|database is locked/i);
  // "Error: aborted" is a request the load generator cut off when a timed run ended.
  const serverErrors = server.grep(/"level":"error"|Error:/).filter((line) => !/Error: aborted/.test(line));
  expectZero("school-burst", "answers lost", answers.lost);
  expectZero("school-burst", "answers duplicated", answers.duplicated);
  expectZero("school-burst", "attempts graded twice", check.duplicated);
  expectZero("school-burst", "attempts whose score is not the sum of their answers", check.scoreMismatches);
  expectZero("school-burst", "answers left ungraded", check.ungraded);
  expectZero("school-burst", "SQLITE_BUSY lines in the server's output", busy.length);
  if (check.submitted !== n || check.open) problems.push(`school-burst: ${check.submitted} SUBMITTED and ${check.open} open attempts, expected ${n} and 0`);
  const saveFigures = summarise(saves);
  const submitFigures = summarise(submits);
  row("school-burst", `${n} students, a save each every ${c.periodS} s for ${c.forS} s`, saveFigures, {
    lost: answers.lost,
    duplicated: answers.duplicated,
    note: `${saves.saved} saved, ${saves.retried} resent after a closed keep-alive connection; SQLITE_BUSY lines ${busy.length}, server error lines ${serverErrors.length}`,
  });
  row("school-burst", `${n} submits in ${windowMs} ms`, submitFigures, {
    duplicated: check.duplicated,
    note: `${check.submitted} SUBMITTED, ${check.open} open, ${check.scoreMismatches} score ≠ Σ answers; ${submits.retried} resent after a closed keep-alive connection`,
  });
  details.schoolBurst = { students: n, saves: saveFigures, submits: submitFigures, windowMs, busy: busy.length, serverErrorLines: serverErrors.slice(0, 5) };
}

// ---- Sign-in timing --------------------------------------------------------------------------

/**
 * QUALITY scenario 19: failed sign-ins with an unknown email and with a known email and a wrong
 * password, interleaved and one at a time, after a few warm-ups of each; the median time of each
 * kind and their ratio (1.0 when the answer's time tells nothing). Every one must answer 401. Each
 * comes from an address of its own (X-Forwarded-For, which the app reads with TRUST_PROXY_HOPS=0,
 * as here) and each known account takes at most 9 of them, so that the rate limit (10 a minute
 * per address and per account) never answers instead.
 */
async function signInTiming(server, emails) {
  const c = CONFIG.signInTiming;
  const csrf = await csrfPair(server.base);
  const tallies = { unknown: new Tally(), wrong: new Tally() };
  let n = 0;
  const attempt = async (kind, i, counted) => {
    const ip = `198.18.${n >> 8}.${n++ & 255}`;
    const res = kind === "unknown" ? await trySignIn(server.base, `nobody-${i}@example.test`, "a-wrong-password", csrf, ip) : await trySignIn(server.base, emails[i % emails.length], `a-wrong-password-${i}`, csrf, ip);
    if (res.status !== 401) problems.push(`sign-in-timing: a failed sign-in (${kind}) answered ${res.status || res.error}`);
    if (counted) tallies[kind].status(res.status, res.ms);
  };
  if (c.perKind + c.warmups > emails.length * 9) throw new Error(`sign-in-timing: ${c.perKind + c.warmups} wrong passwords need more than ${emails.length} accounts`);
  for (let i = 0; i < c.warmups; i++) for (const kind of ["unknown", "wrong"]) await attempt(kind, i, false);
  // Interleaved, and the order swapped every other pair, so that a drift in the machine's load weighs on both alike.
  for (let i = c.warmups; i < c.warmups + c.perKind; i++) for (const kind of i % 2 ? ["unknown", "wrong"] : ["wrong", "unknown"]) await attempt(kind, i, true);
  const unknown = summarise(tallies.unknown.end(), { expect: [401] });
  const wrong = summarise(tallies.wrong.end(), { expect: [401] });
  const r = ratio(wrong.p50, unknown.p50);
  row("sign-in-timing", `unknown email, ${c.perKind} sign-ins`, { p50: unknown.p50, p95: unknown.p95, errors: unknown.errors, errorCount: unknown.errorCount });
  row("sign-in-timing", `wrong password, ${c.perKind} sign-ins`, { p50: wrong.p50, p95: wrong.p95, errors: wrong.errors, errorCount: wrong.errorCount }, { note: `median wrong password / unknown email ×${r}` });
  details.signInTiming = { perKind: c.perKind, unknownMedianMs: unknown.p50, wrongMedianMs: wrong.p50, ratio: r, unknownP95: unknown.p95, wrongP95: wrong.p95 };
}

// ---- Dashboard -----------------------------------------------------------------------------

async function timePage(base, url, cookie, { runs, warmups }) {
  const times = [];
  let bytes = 0;
  let rscBytes = 0;
  for (let i = 0; i < runs + warmups; i++) {
    const res = await request(base, "GET", url, { cookie });
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= warmups) times.push(res.ms);
    bytes = res.text.length;
    // The React Server Components payload that the page carries inline for hydration.
    rscBytes = [...res.text.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + m[1].length, 0);
  }
  const r = (x) => Math.round(x);
  return { p50: r(percentile(times, 50)), p95: r(percentile(times, 95)), kb: Math.round(bytes / 1024), rscKb: Math.round(rscBytes / 1024) };
}

async function dashboard(server, data) {
  const c = CONFIG.dashboard;
  const [cookie] = await signInAll(server.base, ["bench-dashboard-teacher@example.test"], PASSWORD, 1);
  const sizes = [];
  for (const size of c.sizes) {
    const started = performance.now();
    const figures = await data.step({ to: size, measure: true, runs: c.dataRuns });
    if (figures.fillSeconds > 0.5) log(`dashboard: filled to ${size.toLocaleString("en")} answers in ${seconds(started)} s`);
    // The server has not rendered these pages yet: three more warm-ups at the first size, so that
    // its JIT warm-up does not make the first size look slow (and the growth look small).
    const warm = { ...c, warmups: c.warmups + (sizes.length === 0 ? 3 : 0) };
    const gradebook = await timePage(server.base, `/teach/classes/${figures.classId}/gradebook`, cookie, warm);
    const report = await timePage(server.base, `/teach/assignments/${figures.assignmentId}`, cookie, warm);
    sizes.push({ size, ...figures, gradebookPage: gradebook, reportPage: report });
    const label = size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
    row("dashboard", `gradebook page, ${label} answers`, { p50: gradebook.p50, p95: gradebook.p95 }, { kb: gradebook.kb, note: `${gradebook.kb} KB (RSC payload ${gradebook.rscKb} KB); data layer ${figures.gradebook.queries} SQL, ${figures.gradebook.medianMs} ms; ${figures.attempts} attempts` });
    row("dashboard", `report page, ${label} answers`, { p50: report.p50, p95: report.p95 }, { kb: report.kb, note: `${report.kb} KB (RSC payload ${report.rscKb} KB); data layer ${figures.report.queries} SQL, ${figures.report.medianMs} ms` });
  }
  const [s10k, s100k, s1m] = sizes;
  const growth = (a, b, page) => ratio(b?.[page].p50, a?.[page].p50);
  details.dashboard = {
    sizes: sizes.map(({ size, gradebook, report, gradebookPage, reportPage, attempts, storedAnswers, small }) => ({ size, storedAnswers, attempts, gradebookData: gradebook, reportData: report, gradebookPage, reportPage, small })),
    growth100kOver10k: { data: 10, gradebookPage: growth(s10k, s100k, "gradebookPage"), reportPage: growth(s10k, s100k, "reportPage"), gradebookData: ratio(s100k?.gradebook.medianMs, s10k?.gradebook.medianMs), reportData: ratio(s100k?.report.medianMs, s10k?.report.medianMs) },
    growth1mOver100k: s1m ? { data: 10, gradebookPage: growth(s100k, s1m, "gradebookPage"), reportPage: growth(s100k, s1m, "reportPage"), gradebookData: ratio(s1m.gradebook.medianMs, s100k.gradebook.medianMs), reportData: ratio(s1m.report.medianMs, s100k.report.medianMs) } : null,
    statements100vs1000: { gradebook: [s10k.small?.gradebook.queries, s10k.gradebook.queries], report: [s10k.small?.report.queries, s10k.report.queries] },
  };
  const g = details.dashboard.growth100kOver10k;
  rows.push({
    scenario: "dashboard",
    label: "growth, p50 time ratio",
    note: `data ×10: 100k/10k gradebook page ×${g.gradebookPage}, report page ×${g.reportPage}${s1m ? `; 1M/100k gradebook page ×${details.dashboard.growth1mOver100k.gradebookPage}, report page ×${details.dashboard.growth1mOver100k.reportPage}` : ""}`,
  });
  log(`dashboard: ${rows.at(-1).note}`);
}

// ---- PostgreSQL ----------------------------------------------------------------------------

async function postgres(servers, data, reader) {
  const c = CONFIG.postgres;
  const group = data.groups.save;
  const cookies = await signInAll(servers[0].base, group.map((s) => s.email), PASSWORD);
  const slots = saveSlots(group, cookies);
  const ledger = new Ledger(data.questions);
  const bases = servers.map((s) => s.base);
  const p = data.probe;
  details.dataLayerPostgres = p;
  log(`data layer on PostgreSQL, in process: a save sends ${p.saveStatements} SQL statements, median ${p.saveMedianMs} ms; a submit of ${p.answers} answers ${p.submitStatements} statements, ${p.submitMs} ms`);
  const oneTally = await saveLoad(bases.slice(0, 1), slots, ledger, { connections: c.connections, duration: c.seconds });
  const one = row("postgres", `save, 1 instance, ${c.connections} conns`, summarise(oneTally), { connections: c.connections });
  const twoTally = await saveLoad(bases, slots, ledger, { connections: c.connections, duration: c.seconds });
  const two = row("postgres", `save, 2 instances, ${c.connections / 2}+${c.connections / 2} conns`, summarise(twoTally), { connections: c.connections, note: `2 / 1 instance: ×${ratio(summarise(twoTally).rps, one.rps)}` });
  staleProblems("postgres", oneTally);
  staleProblems("postgres", twoTally);
  const emptyOne = row("postgres", `empty route, 1 instance, ${c.connections} conns`, summarise(await hammer(bases.slice(0, 1), "/api/health/live", { connections: c.connections, duration: c.seconds })));
  const emptyTwo = summarise(await hammer(bases, "/api/health/live", { connections: c.connections, duration: c.seconds }));
  const answers = await checkAnswers(reader, ledger);
  expectZero("postgres", "answers lost", answers.lost);
  expectZero("postgres", "answers duplicated", answers.duplicated);
  row("postgres", `empty route, 2 instances, ${c.connections / 2}+${c.connections / 2} conns`, emptyTwo, {
    lost: answers.lost,
    duplicated: answers.duplicated,
    note: `machine ceiling: 2 / 1 instance ×${ratio(emptyTwo.rps, emptyOne.rps)}; ${answers.checked} acknowledged answers checked`,
  });
  details.postgres = { oneInstanceRps: one.rps, twoInstancesRps: two.rps, ratio: ratio(two.rps, one.rps), emptyOneRps: emptyOne.rps, emptyTwoRps: emptyTwo.rps, emptyRatio: ratio(emptyTwo.rps, emptyOne.rps) };
}

// ---- The run -------------------------------------------------------------------------------

function printTable() {
  const cols = [
    ["scenario", (r) => r.scenario],
    ["run", (r) => r.label],
    ["rps", (r) => r.rps ?? ""],
    ["p50 ms", (r) => r.p50 ?? ""],
    ["p95 ms", (r) => r.p95 ?? ""],
    ["p99 ms", (r) => r.p99 ?? ""],
    ["errors", (r) => (r.errors ? Object.entries(r.errors).map(([k, n]) => `${k}×${n}`).join(" ") || "0" : "")],
    ["lost", (r) => r.lost ?? ""],
    ["dup", (r) => r.duplicated ?? ""],
    ["notes", (r) => r.note ?? (r.kb !== undefined ? `${r.kb} KB` : "")],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => String(f(r))));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => (i === cols.length - 1 ? 0 : c[i].length))));
  const line = (c) => c.map((v, i) => (i >= 2 && i <= 8 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(" | ");
  console.log(`\n${line(cols.map(([h]) => h))}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const c of cells) console.log(line(c));
}

async function main() {
  console.log(
    `npm run bench${quick ? " -- --quick" : ""}: ${cpus().length} CPUs, Node ${process.version}, load average ${loadAverage()} before the run; servers, load generator and databases share this machine.`,
  );
  for (const port of Object.values(ports)) await assertPortFree(port);
  log(`preparing: ${skipBuild ? "" : "build, "}SQLite databases${runs("postgres") ? `, PostgreSQL database ${pgName}` : ""}`);
  const [, loadData, dashData, pgData] = await Promise.all([
    build(),
    sqliteScenarios
      ? prepareLoadDb(
          [
            // The save students are also the known accounts of sign-in-timing.
            ...(runs("empty-vs-save") || runs("knee") || runs("sign-in-timing") ? [{ name: "save", students: SAVE_STUDENTS, quizzes: SAVE_QUIZZES }] : []),
            // One more than the burst: the last one submits first, to warm the server up.
            ...(runs("class-burst") ? [{ name: "class", students: CONFIG.classBurst.students + 1, quizzes: ["the-debate-check"], answered: true }] : []),
            ...(runs("school-burst") ? [{ name: "school", students: CONFIG.school.students, quizzes: ["other-withdrawals-check"] }] : []),
          ],
        ).then((d) => (log("SQLite load database ready"), d))
      : null,
    runs("dashboard") ? prepareDashboard().then((d) => (log(`dashboard database ready at ${CONFIG.dashboard.sizes[0].toLocaleString("en")} answers`), d)) : null,
    runs("postgres") ? preparePostgres().then((d) => (log(d.skipped ? `postgres skipped: ${d.skipped}` : "PostgreSQL database ready"), d)) : null,
  ]);

  // Every server starts now, together: an idle `next start` costs nothing measurable while another one is measured.
  const server = sqliteScenarios ? startServer({ name: "sqlite", port: ports.sqlite, env: envFor(dbs.load), logDir: dataDir }) : null;
  const dash = runs("dashboard") ? startServer({ name: "dashboard", port: ports.dashboard, env: envFor(dbs.dashboard), logDir: dataDir }) : null;
  const pgServers =
    runs("postgres") && !pgData.skipped
      ? [startServer({ name: "pg1", port: ports.pg1, env: envFor(dbs.postgres), logDir: dataDir }), startServer({ name: "pg2", port: ports.pg2, env: envFor(dbs.postgres), logDir: dataDir })]
      : [];
  await Promise.all([server, dash, ...pgServers].filter(Boolean).map((s) => waitFor(s.base)));
  log("servers ready");

  if (server) {
    details.dataLayer = loadData.probe;
    const p = loadData.probe;
    log(`data layer, in process: a save sends ${p.saveStatements} SQL statements (${p.saveUpdateStatements} when it replaces an answer), median ${p.saveMedianMs} ms; a submit of ${p.answers} answers ${p.submitStatements} statements, ${p.submitMs} ms`);
    const signInStart = performance.now();
    const { save, class: cls, school } = loadData.groups;
    const [saveCookies, classCookies, schoolCookies] = [
      runs("empty-vs-save") || runs("knee") ? await signInAll(server.base, save.map((s) => s.email), PASSWORD) : [],
      runs("class-burst") ? await signInAll(server.base, cls.map((s) => s.email), PASSWORD) : [],
      runs("school-burst") ? await signInAll(server.base, school.map((s) => s.email), PASSWORD) : [],
    ];
    log(`signed in ${saveCookies.length + classCookies.length + schoolCookies.length} students in ${seconds(signInStart)} s`);
    const reader = await openReader(dbs.load);
    try {
      if (runs("empty-vs-save") || runs("knee")) {
        const slots = saveSlots(save, saveCookies);
        const saveLedger = new Ledger(loadData.questions);
        if (runs("empty-vs-save")) await emptyVsSave(server, slots, saveLedger);
        if (runs("knee")) await knee(server, slots, saveLedger);
        const saveCheck = await checkAnswers(reader, saveLedger);
        expectZero("save path", "answers lost", saveCheck.lost);
        expectZero("save path", "answers duplicated", saveCheck.duplicated);
        for (const r of rows) if (r.label.startsWith("save")) Object.assign(r, { lost: saveCheck.lost, duplicated: saveCheck.duplicated });
        log(`save path: ${saveCheck.checked} acknowledged answers checked in the database, ${saveCheck.lost} lost, ${saveCheck.duplicated} duplicated`);
      }
      if (runs("class-burst")) {
        const classSlots = cls.map((s, i) => ({ cookie: classCookies[i], attemptId: s.attempts[0].attemptId, questionIds: s.attempts[0].questionIds }));
        await classBurst(server, classSlots.slice(0, -1), classSlots.at(-1), reader);
      }
      if (runs("school-burst")) {
        const schoolLedger = new Ledger(loadData.questions);
        const schoolSlots = school.map((s, i) => ({ cookie: schoolCookies[i], attemptId: s.attempts[0].attemptId, questionIds: s.attempts[0].questionIds, n: 0, seq: 0 }));
        await schoolBurst(server, schoolSlots, schoolLedger, reader);
      }
      // Last on this server: its failed sign-ins leave rate-limit counters behind.
      if (runs("sign-in-timing")) await signInTiming(server, save.map((s) => s.email));
    } finally {
      await reader.close();
      await server.stop();
    }
  }

  if (dash) {
    await dashboard(dash, dashData);
    await dashData.close();
    await dash.stop();
  }
  if (runs("postgres")) {
    if (pgData.skipped) rows.push({ scenario: "postgres", label: "skipped", note: pgData.skipped });
    else {
      const pgReader = await openReader(dbs.postgres);
      try {
        await postgres(pgServers, pgData, pgReader);
      } finally {
        await pgReader.close();
      }
    }
  }
}

let failed = null;
try {
  await main();
} catch (error) {
  failed = error;
}
await cleanup();
// Interrupted: the signal handler ends the process once the cleanup is done; no results are written.
if (interrupted) await new Promise(() => {});
const wallSeconds = seconds(wallStart);
printTable();
if (details.dashboard) {
  const d = details.dashboard;
  console.log(
    `\nDashboard SQL statements per read, class of 100 vs 1,000: gradebook ${d.statements100vs1000.gradebook.join(" vs ")}, report ${d.statements100vs1000.report.join(" vs ")}; at every size: ${d.sizes.map((s) => `${s.gradebookData.queries}/${s.reportData.queries}`).join(", ")}.`,
  );
}
console.log(`\nWall time ${wallSeconds} s (${quick ? "quick" : "full"}${skipBuild ? ", build reused" : ", build included"}); load average ${loadAverage()} at the end (1, 5, 15 min).`);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/latest.json",
  `${JSON.stringify({ mode: quick ? "quick" : "full", date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: loadAverage() }, wallSeconds, buildIncluded: !skipBuild, config: CONFIG, rows, details, problems, failed: failed ? String(failed.message ?? failed) : null }, null, 2)}\n`,
);
if (failed) {
  console.error(`\nThe benchmark failed: ${failed.stack ?? failed}`);
  process.exit(1);
}
if (problems.length) {
  console.error(`\nProblems under load:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("No errors, nothing lost or duplicated.");
