import { env } from "@/lib/env";

/**
 * Structured logs, one JSON object a line. Log ids and error messages only:
 * never answers, names, emails or other personal data.
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, "silent">;

function write(level: Level, message: string, fields: Record<string, string | number | boolean | null> = {}) {
  if (LEVELS[level] < LEVELS[env.logLevel]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  (level === "error" || level === "warn" ? console.error : console.log)(line);
}

export const log = {
  debug: (message: string, fields?: Record<string, string | number | boolean | null>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, string | number | boolean | null>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, string | number | boolean | null>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, string | number | boolean | null>) => write("error", message, fields),
};
