import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";

/**
 * Runs before every page, route handler and server action (not static files): gives the
 * request its id (lib/request-id.ts), which the route reads from the request headers to put
 * on its log lines and which the response carries back as `x-request-id`.
 * Authorization is not done here: every page, route and action checks on its own.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
