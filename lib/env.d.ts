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
};
export function loadEnv(source?: Record<string, string | undefined>): Env;
export const env: Env;
