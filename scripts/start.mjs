// `npm start`: prepares the database, builds once if there is no build, and serves on $PORT.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadEnvOrExit } from "./load-env.mjs";

const env = await loadEnvOrExit();

process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

run("node", ["scripts/prepare-db.mjs"]);
if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building once (about a minute)…");
  run("npx", ["next", "build"]);
}
const server = spawn("npx", ["next", "start", "-p", String(env.port)], { stdio: "inherit" });
const sweeper = spawn("npx", ["tsx", "--conditions=react-server", "scripts/sweeper.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.kill(signal);
    sweeper.kill(signal);
  });
server.on("exit", (code) => {
  sweeper.kill("SIGTERM");
  process.exit(code ?? 0);
});
