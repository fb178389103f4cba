import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";

/**
 * Another `next start` of the same build on the same test database (another instance, as
 * behind a load balancer), on E2E_PORT + offset, or, with `env`, on a database of its own
 * (DATABASE_URL). Started and stopped by the test itself.
 */
export class SecondServer {
  readonly port: number;
  readonly base: string;
  process: ChildProcess | null = null;
  /** Everything the server wrote to stdout and stderr, when started with `capture`. */
  output = "";

  constructor(
    offset = 1,
    private readonly options: { capture?: boolean; env?: Record<string, string> } = {},
  ) {
    this.port = Number(process.env.E2E_PORT ?? 3100) + offset;
    this.base = `http://localhost:${this.port}`;
  }

  async start(): Promise<ChildProcess> {
    if (await this.healthy()) throw new Error(`port ${this.port} is already taken`);
    // Its output goes to test-results/ (git-ignored), for reading after a failure, or, with `capture`, to `output`.
    mkdirSync("test-results", { recursive: true });
    const log = this.options.capture ? "pipe" : openSync(`test-results/server-${this.port}.log`, "a");
    const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(this.port)], {
      env: { ...process.env, ...this.options.env, PORT: String(this.port) },
      stdio: ["ignore", log, log],
    });
    for (const stream of [server.stdout, server.stderr]) stream?.on("data", (chunk: Buffer) => (this.output += chunk.toString("utf8")));
    this.process = server;
    for (let i = 0; i < 150; i++) {
      if (await this.healthy()) return server;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the server on port ${this.port} did not start`);
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const server = this.process;
    this.process = null;
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server.once("exit", r));
    server.kill(signal);
    await exited;
  }

  private healthy(): Promise<boolean> {
    return fetch(`${this.base}/api/health`).then((r) => r.ok).catch(() => false);
  }
}
