// `npm start`: prepares the database, builds when the sources changed since the last build (or
// there is none), and serves on $PORT, with the overdue-attempt sweeper beside it. Children are
// started with node itself (not npx), so that stopping `npm start` stops them too.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnvOrExit } from "./load-env.mjs";

const env = await loadEnvOrExit();

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
const NEXT = "node_modules/next/dist/bin/next";

/** A hash of everything a build is made from, to tell whether the last build is still current. */
function sourceStamp() {
  const hash = createHash("sha256");
  const walk = (entry) => {
    if (!existsSync(entry) || entry === path.join("lib", "generated")) return;
    if (statSync(entry).isDirectory()) for (const child of readdirSync(entry).sort()) walk(path.join(entry, child));
    else hash.update(entry).update(readFileSync(entry));
  };
  for (const entry of ["app", "components", "lib", "content", "public", "prisma", "next.config.js", "package-lock.json", "tsconfig.json"]) walk(entry);
  return hash.digest("hex");
}

run("node", ["scripts/prepare-db.mjs"]);
const stampFile = path.join(env.distDir, "source-stamp");
const stamp = sourceStamp();
if (!existsSync(path.join(env.distDir, "BUILD_ID")) || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
  console.log("The sources changed since the last build, or there is none: building (about a minute)…");
  run(process.execPath, [NEXT, "build"]);
  writeFileSync(stampFile, stamp);
}
const server = spawn(process.execPath, [NEXT, "start", "-p", String(env.port)], { stdio: "inherit" });
const sweeper = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/sweeper.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.kill(signal);
    sweeper.kill(signal);
  });
server.on("exit", (code) => {
  sweeper.kill("SIGTERM");
  process.exit(code ?? 0);
});
