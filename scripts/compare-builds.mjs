// `node scripts/compare-builds.mjs <distDirA> <distDirB> [--seconds=10] [--pages=/,/lessons/the-convention]`:
// the same pages served by two builds of the app (made with NEXT_DIST_DIR=<dir> npx next build),
// side by side in one run: requests a second and latency under load (autocannon, 8 connections,
// the two builds taking turns, twice each), and the time to the first byte of one request at a
// time (the builds alternating request by request). Used to price a change that alters how pages
// render, such as CSP nonces (docs/performance.md). Prints the table and writes it to
// bench/results/compare-builds.json, or to --out=<file>.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { waitFor } from "./bench/http.mjs";
import { percentile, summarise } from "./bench/ledger.mjs";
import { hammer } from "./bench/load.mjs";
import { startServer, stopAll } from "./bench/servers.mjs";

const [distA, distB] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!distA || !distB) throw new Error("usage: node scripts/compare-builds.mjs <distDirA> <distDirB> [--seconds=10] [--pages=/,/lessons/the-convention]");
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const seconds = Number(option("seconds", "10"));
const pages = option("pages", "/,/lessons/the-convention").split(",");
const firstPort = Number(process.env.BENCH_PORT ?? 3300);
const connections = 8;
const ttfbRequests = 100;
const out = option("out", "bench/results/compare-builds.json");

const dataDir = mkdtempSync(path.join(tmpdir(), "ihl-compare-"));
const baseEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), SEED_DEMO: "0", LOG_LEVEL: "warn" };
const file = (name) => path.join(dataDir, `${name}.db`);
execFileSync("node", ["scripts/prepare-db.mjs"], { env: { ...baseEnv, DATABASE_URL: `file:${file("a")}` }, stdio: "ignore" });
copyFileSync(file("a"), file("b"));

/** Time to the first byte of one GET, in ms. */
function ttfb(base, url) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = http.get(new URL(url, base), { agent: false }, (res) => {
      const ms = performance.now() - start;
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve(ms) : reject(new Error(`${url} answered ${res.statusCode}`))));
    });
    req.on("error", reject);
  });
}

const round = (x) => Math.round(x * 10) / 10;
const results = [];
try {
  const servers = [
    startServer({ name: "a", port: firstPort, env: { ...baseEnv, NEXT_DIST_DIR: distA, DATABASE_URL: `file:${file("a")}` }, logDir: dataDir }),
    startServer({ name: "b", port: firstPort + 1, env: { ...baseEnv, NEXT_DIST_DIR: distB, DATABASE_URL: `file:${file("b")}` }, logDir: dataDir }),
  ];
  await Promise.all(servers.map((s) => waitFor(s.base)));
  console.log(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}; A = ${distA}, B = ${distB}`);
  for (const page of pages) {
    // Warm-up: each server renders the page a few times first.
    for (const s of servers) for (let i = 0; i < 20; i++) await ttfb(s.base, page);
    const load = { a: [], b: [] };
    for (let turn = 0; turn < 2; turn++)
      for (const [i, s] of servers.entries()) load[i ? "b" : "a"].push(summarise(await hammer([s.base], page, { connections, duration: seconds })));
    const times = { a: [], b: [] };
    for (let i = 0; i < ttfbRequests; i++) for (const [j, s] of servers.entries()) times[j ? "b" : "a"].push(await ttfb(s.base, page));
    for (const key of ["a", "b"]) {
      const runs = load[key];
      const row = {
        page,
        build: key === "a" ? distA : distB,
        rps: Math.round(runs.reduce((n, r) => n + r.rps, 0) / runs.length),
        p50: round(runs.reduce((n, r) => n + r.p50, 0) / runs.length),
        p99: round(runs.reduce((n, r) => n + r.p99, 0) / runs.length),
        errors: runs.reduce((n, r) => n + r.errorCount, 0),
        ttfbP50: round(percentile(times[key], 50)),
        ttfbP95: round(percentile(times[key], 95)),
      };
      results.push(row);
      console.log(`${page.padEnd(28)} ${row.build.padEnd(18)} ${String(row.rps).padStart(5)} rps  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  TTFB p50 ${row.ttfbP50} ms  p95 ${row.ttfbP95} ms (one request at a time)`);
    }
  }
} finally {
  await stopAll();
  rmSync(dataDir, { recursive: true, force: true });
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, loadAverage: loadavg(), a: distA, b: distB, seconds, connections, ttfbRequests, results }, null, 2)}\n`,
);
