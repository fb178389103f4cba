// `npm run profile:dashboard`: how fast the teacher dashboard is for a class of 1,000
// students at about 10k, 100k and 1M stored answers. Printed, never asserted.
//   --dir=PATH        where the databases are kept (default: a new temporary folder);
//                     each stage's database is kept there and reused by a later run, so
//                     code before and after a change is measured on the same data
//   --stages=10k,100k,1m
//   --runs=N          timed requests per page (default 30, after 3 to warm up)
//   --cpu-prof        run `next start` under node --cpu-prof; the profiles go to DIR/prof-STAGE
//   --no-build        reuse the existing build
// For each stage: the data layer in process (statements, time, time in SQL), then the
// pages over HTTP from `next start` (p50, p95, HTML size).
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const dir = path.resolve(arg("dir", "") || mkdtempSync(path.join(tmpdir(), "ihl-dashboard-")));
const stages = arg("stages", "10k,100k,1m").split(",");
const runs = Number(arg("runs", "30"));
const cpuProf = process.argv.includes("--cpu-prof");
const port = process.env.PROFILE_PORT ?? "3520";
const base = `http://localhost:${port}`;
mkdirSync(dir, { recursive: true });

const envFor = (file) => ({
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dir,
  DATABASE_URL: `file:${file}`,
  NEXTAUTH_SECRET: "dashboard-profile-secret-of-at-least-32-chars",
  NEXTAUTH_URL: base,
  SEED_DEMO: "0",
  LOG_LEVEL: "warn",
  PORT: port,
});
const run = (cmd, args, env) => execFileSync(cmd, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
const lastJson = (out) => JSON.parse(out.trim().split("\n").at(-1));

if (!process.argv.includes("--no-build")) {
  console.log("Building…");
  run("npx", ["next", "build"], envFor(path.join(dir, "build.db")));
}

/** The stage's database: kept from an earlier run, or the last stage's copied and filled further. */
function databaseFor(stage, previous) {
  const file = path.join(dir, `dashboard-${stage}.db`);
  const env = envFor(file);
  if (!existsSync(file)) {
    if (previous) for (const ext of ["", "-wal", "-shm"]) if (existsSync(previous + ext)) copyFileSync(previous + ext, file + ext);
    run("node", ["scripts/prepare-db.mjs"], env);
    console.log(`Filling the ${stage} stage…`);
    run("npx", ["tsx", "--conditions=react-server", "scripts/dashboard-profile/fill.ts", `--stage=${stage}`], env);
  } else run("node", ["scripts/prepare-db.mjs"], env);
  return file;
}

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

/**
 * CPU time (user + system, ms) of the server's process group so far, from /proc (Linux): on a
 * shared, busy machine wall times swing with other work, CPU time per request much less.
 */
function serverCpuMs(pgid) {
  if (!existsSync("/proc")) return NaN;
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timePage(url, cookie, pgid) {
  let bytes = 0;
  let cpuStart = 0;
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    if (i === 3) cpuStart = serverCpuMs(pgid);
    const start = performance.now();
    const res = await fetch(url, { headers: { Cookie: cookie } });
    const body = await res.text();
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    if (i >= 3) times.push(ms);
    bytes = Buffer.byteLength(body);
  }
  const cpuMs = Math.round((serverCpuMs(pgid) - cpuStart) / runs);
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)), cpuMs, kb: Math.round(bytes / 1024) };
}

async function serve(file, stage) {
  const profDir = path.join(dir, `prof-${stage}`);
  const prof = cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
  const server = spawn("node", [...prof, "node_modules/next/dist/bin/next", "start", "-p", port], { env: envFor(file), stdio: "ignore", detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

const results = [];
let previous = null;
for (const stage of stages) {
  const file = databaseFor(stage, previous);
  previous = file;
  const env = envFor(file);
  const data = lastJson(run("npx", ["tsx", "--conditions=react-server", "scripts/dashboard-profile/data-layer.ts"], { ...env, COUNT_QUERIES: "1" }));
  const server = await serve(file, stage);
  try {
    const cookie = await signIn(data.teacher);
    const gradebook = await timePage(`${base}/teach/classes/${data.classId}/gradebook`, cookie, server.pid);
    const report = await timePage(`${base}/teach/assignments/${data.assignmentId}`, cookie, server.pid);
    const retention = await timePage(`${base}/teach/classes/${data.classId}/retention`, cookie, server.pid);
    results.push({ stage, answers: data.answers, classAnswers: data.classAnswers, gradebook, report, retention, dataLayer: data.dataLayer });
    console.log(JSON.stringify(results.at(-1)));
  } finally {
    process.kill(-server.pid, "SIGINT");
    await new Promise((r) => server.on("exit", r));
  }
}

const cols = (p) => `${String(p.p50).padStart(5)} / ${String(p.p95).padStart(5)}  ${String(p.cpuMs).padStart(5)}  ${String(p.kb).padStart(5)}`;
console.log("\nstage   answers (class)      gradebook p50 / p95, CPU ms, KB    report p50 / p95, CPU ms, KB    retention p50 / p95, CPU ms, KB");
for (const r of results) console.log(`${r.stage.padEnd(7)} ${String(r.answers).padStart(8)} (${String(r.classAnswers).padStart(7)})   ${cols(r.gradebook)}         ${cols(r.report)}         ${cols(r.retention)}`);
console.log(`\nDatabases kept in ${dir}${cpuProf ? "; CPU profiles in its prof-* folders" : ""}.`);
