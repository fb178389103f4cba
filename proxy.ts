import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";

const development = process.env.NODE_ENV === "development";

/**
 * Runs before every page, route handler and server action (not the build's static files):
 * - gives the request its id (lib/request-id.ts): the route reads it from the request headers
 *   to put on its log lines, and the response carries it back as `x-request-id`;
 * - gives every page a fresh CSP nonce (lib/csp.ts): Next reads it from the request's
 *   Content-Security-Policy header and puts it on the scripts it renders.
 * Authorization is not done here: every page, route and action checks on its own.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // JSON routes render no HTML: no policy, no nonce to make.
  const csp = request.nextUrl.pathname.startsWith("/api/") ? null : contentSecurityPolicy(newNonce(), development);
  if (csp) headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
