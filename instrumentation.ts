import type { Instrumentation } from "next";

/**
 * Next calls onRequestError for every error a page, route handler, server action or proxy.ts
 * throws: it is logged here as one JSON line with the request's id (set by proxy.ts) and the
 * error's stack. Next also prints its own plain-text line for the same error; see the README
 * ("Logs") for what else stays plain text.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ log, withRequestId }, { REQUEST_ID_HEADER, saneRequestId }] = await Promise.all([import("@/lib/log"), import("@/lib/request-id")]);
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = saneRequestId(Array.isArray(header) ? header[0] : header) ?? "none";
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  withRequestId(requestId, () =>
    log.error("request failed", { err: error, digest, method: request.method, route: context.routePath, routeType: context.routeType }),
  );
};
