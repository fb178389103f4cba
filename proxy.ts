import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";

const development = process.env.NODE_ENV === "development";

/**
 * Runs before every page and server action (not /api/, not the build's static files):
 * - gives the request its id (lib/request-id.ts): server actions read it from the request
 *   headers to put on their log lines, and the response carries it back as `x-request-id`
 *   (route handlers under /api/ do the same themselves: lib/http.ts inRequest);
 * - gives every page a fresh CSP nonce (lib/csp.ts): Next reads it from the request's
 *   Content-Security-Policy header and puts it on the scripts it renders.
 * Authorization is not done here: every page, route and action checks on its own.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers);
  const csp = contentSecurityPolicy(newNonce(), development);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not /api/ (JSON, no HTML: no policy needed; lib/http.ts gives route handlers their request id),
  // nor the build's static files.
  matcher: ["/((?!api/|_next/static|_next/image).*)"],
};
