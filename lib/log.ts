import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs through pino, one JSON object a line:
 *   {"level":"error","time":"2026-…Z","requestId":"…","message":"…","attemptId":"…","err":{"type":"Error","message":"…","stack":"…"}}
 * Every line logged while a request is handled carries its `requestId` (see withRequestId);
 * an error passed as `err` is logged with its type, message and stack. Log ids and error
 * messages only: never answers, names, emails or other personal data. LOG_LEVEL sets the level.
 */
/** Ids, counts and flags; `err` for a caught error. */
export type LogFields = { err?: unknown; [field: string]: unknown };

type Context = { requestId: string };

// On globalThis: Next bundles route handlers, server actions and instrumentation separately,
// and each bundle could otherwise hold its own copy of this module and of the storage.
const KEY = Symbol.for("ihl.log.context");
const globals = globalThis as unknown as { [KEY]?: AsyncLocalStorage<Context> };
const context = (globals[KEY] ??= new AsyncLocalStorage<Context>());

/** Runs `work` with `requestId` on every line it logs, across its awaits. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return context.run({ requestId }, work);
}

/** The request id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

/** A pino logger with the app's format, writing to `destination` (standard output by default). */
export function createLogger(destination?: DestinationStream, level: string = env.logLevel): Logger {
  return pino(
    {
      level,
      messageKey: "message",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? {} : { requestId };
      },
    },
    destination,
  );
}

type Write = (message: string, fields?: LogFields) => void;

/** The app's logging calls, `log.error(message, fields)`, over a pino logger. */
export function logTo(logger: Logger): { debug: Write; info: Write; warn: Write; error: Write } {
  const at =
    (level: "debug" | "info" | "warn" | "error"): Write =>
    (message, fields = {}) =>
      logger[level](fields, message);
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export const log = logTo(createLogger());
