// `next start` instances for `npm run bench`: each started detached in its own process group,
// its stdout and stderr in files of the run's temporary folder, and every one of them stopped
// when the bench ends, also when it fails or is interrupted.
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const running = new Set();

/** Throws when something already listens on the port: the bench would measure someone else's server. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(new Error(error.code === "EADDRINUSE" ? `port ${port} is in use: set BENCH_PORT to the first of four free ports` : error.message)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export function startServer({ name, port, env, logDir }) {
  const out = path.join(logDir, `${name}.out.log`);
  const err = path.join(logDir, `${name}.err.log`);
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: ["ignore", openSync(out, "a"), openSync(err, "a")],
    detached: true,
  });
  const server = {
    name,
    base: `http://localhost:${port}`,
    child,
    exited: new Promise((resolve) => child.on("exit", resolve)),
    /** Lines of the server's output that match `pattern`. */
    grep(pattern) {
      return [out, err].flatMap((f) => readFileSync(f, "utf8").split("\n")).filter((line) => pattern.test(line));
    },
    async stop() {
      if (!running.has(server)) return;
      running.delete(server);
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 5000);
      await server.exited;
      clearTimeout(timer);
    },
  };
  running.add(server);
  return server;
}

export async function stopAll() {
  await Promise.all([...running].map((s) => s.stop()));
}

/** For process exit: no waiting is possible there, so every group still running is killed. */
export function killAllNow() {
  for (const s of running)
    try {
      process.kill(-s.child.pid, "SIGKILL");
    } catch {}
  running.clear();
}
