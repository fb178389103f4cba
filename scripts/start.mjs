// `npm start`: prepares the database, builds once if there is no build, and serves on $PORT,
// with the overdue-attempt sweeper beside it. Children are started with node itself (not npx),
// so that stopping `npm start` stops them too.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadEnvOrExit } from "./load-env.mjs";

const env = await loadEnvOrExit();

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
const NEXT = "node_modules/next/dist/bin/next";

run("node", ["scripts/prepare-db.mjs"]);
if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building once (about a minute)…");
  run(process.execPath, [NEXT, "build"]);
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
