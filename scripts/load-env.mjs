// Loads the validated configuration for a script, or stops with its message (no stack trace).
export async function loadEnvOrExit() {
  try {
    return (await import("../lib/env.js")).env;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
