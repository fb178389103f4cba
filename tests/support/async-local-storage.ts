// Next's request scope (headers(), cookies()) lives in an AsyncLocalStorage that Next creates when
// its modules load, from globalThis.AsyncLocalStorage, which `next start` sets up first. Imported
// before any Next module (tests/support/next-request.ts imports it first), this does the same.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
