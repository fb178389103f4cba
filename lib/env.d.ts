export type Env = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  dataDir: string;
  embedded: boolean;
  databaseFile: string;
  authSecret: string;
  authUrl: string;
  seedDemo: boolean;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  testClock: boolean;
  countQueries: boolean;
};
export function loadEnv(source?: Record<string, string | undefined>): Env;
export const env: Env;
