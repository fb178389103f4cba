export type Env = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  dataDir: string;
  embedded: boolean;
  provider: "sqlite" | "postgresql";
  /** The SQLite file; null on PostgreSQL. */
  databaseFile: string | null;
  /** The PostgreSQL URL; null on SQLite. */
  databaseUrl: string | null;
  authSecret: string;
  authUrl: string;
  seedDemo: boolean;
  trustProxyHops: number;
  distDir: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  testClock: boolean;
  countQueries: boolean;
  /** GIT_COMMIT: the commit being built, when the build has no git checkout. */
  gitCommit: string | null;
  /** The git commit of the build, when it was known at build time. */
  buildCommit: string | null;
};
export function loadEnv(source?: Record<string, string | undefined>): Env;
export const env: Env;
