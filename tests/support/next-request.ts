// Runs route handlers and server actions in process, inside the request scope Next gives them,
// so that headers(), cookies() and next-auth's own request handling work as under `next start`.
// Next's request store is internal API (next/dist): if an upgrade moves it, these helpers fail
// loudly, never silently.
import "./async-local-storage";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store.js";

export const ORIGIN = "http://localhost:3000";

/** A session cookie as next-auth sets it after a sign-in (lib/auth/options.ts puts id and role in the token). */
export async function sessionCookie(user: { id: string; role: "STUDENT" | "TEACHER" | "ADMIN"; name?: string }): Promise<string> {
  const token = await encode({ token: { id: user.id, role: user.role, name: user.name ?? "" }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/**
 * Runs `work` as Next runs a route handler or a server action for `request`: headers() and
 * cookies() read the request's, and what cookies().set/delete would send back is collected in
 * `setCookies`, also when `work` throws (a redirect() is a throw).
 */
export async function inRequestScope<T>(request: Request, work: () => Promise<T>, setCookies: string[] = []): Promise<{ result: T; setCookies: string[] }> {
  const onUpdateCookies = (cookies: string[]) => void setCookies.splice(0, setCookies.length, ...cookies);
  const store = createRequestStoreForAPI({ headers: request.headers } as never, new URL(request.url), undefined as never, onUpdateCookies, undefined, undefined);
  // The fields of Next's work store that headers(), cookies() and redirect() read.
  const workStore = { route: new URL(request.url).pathname, page: new URL(request.url).pathname, forceStatic: false, dynamicShouldError: false };
  const result = await workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(store as never, work));
  return { result, setCookies };
}

/** A request as a browser on this site sends it (same Origin), with an optional cookie and body. */
export function nextRequest(path: string, init: { method?: string; cookie?: string; headers?: Record<string, string>; body?: BodyInit } = {}): NextRequest {
  const headers = new Headers({ host: new URL(ORIGIN).host, ...init.headers });
  if (init.cookie) headers.set("cookie", init.cookie);
  return new NextRequest(new URL(path, ORIGIN), { method: init.method ?? "GET", headers, body: init.body });
}

/** Calls a server action as a POST from a page of this site with `cookie` (or none) would. */
export async function callAction<T>(action: () => Promise<T>, cookie?: string, setCookies: string[] = []): Promise<{ result: T; setCookies: string[] }> {
  return inRequestScope(nextRequest("/", { method: "POST", cookie, headers: { origin: ORIGIN } }), action, setCookies);
}
