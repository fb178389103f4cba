import { execFileSync } from "node:child_process";
// Importing the validated env here makes a bad configuration fail the build and the start.
import { env } from "./lib/env.js";

/** The commit this build is made from: GIT_COMMIT when the deployment sets it, else the checkout's HEAD, else "". */
function buildCommit() {
  if (env.gitCommit) return env.gitCommit;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Written into the build: GET /api/health reports it (lib/env.js buildCommit).
  env: { IHL_BUILD_COMMIT: buildCommit() },
  distDir: env.distDir,
  // better-sqlite3 and argon2 are native modules: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // The pages' Content-Security-Policy is set per request by proxy.ts (it carries a nonce; lib/csp.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // JSON, never a document: nothing may load or run, and proxy.ts (which sets the pages'
        // policy) does not run here.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
