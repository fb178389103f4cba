import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { isTeacher } from "@/lib/auth/roles";
import { sessionUserId } from "@/lib/auth/token";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { log, withRequestId } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/request-id";
import { idSchema } from "@/lib/validation";

export const MAX_BODY_BYTES = 32 * 1024;

const STATUS: Record<DomainError["code"], number> = { not_found: 404, conflict: 409, invalid: 400 };

/**
 * Runs a route handler's work with the request's id on every line it logs, and returns the id in
 * the response's `x-request-id`: the client's own, when it is a sane token, or a new one. (proxy.ts,
 * which gives pages theirs, does not run for /api/: it would cost the save path about as much
 * as an empty route's whole handling.) An unexpected error is logged here, with the id and its
 * stack, and answered 500 in JSON, so that the client can quote the id.
 */
export async function inRequest(request: Request, work: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  let response: Response;
  try {
    response = await withRequestId(requestId, work);
  } catch (e) {
    withRequestId(requestId, () => log.error("request failed", { err: e, method: request.method, path: new URL(request.url).pathname }));
    response = error(500, "Something went wrong on our side. Try again in a moment.");
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

const error = (status: number, message: string, headers?: HeadersInit) => NextResponse.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * A POST from another site is refused: the Origin, when sent, must be this site. The site is
 * the Host the browser asked for, or, behind a proxy we trust (TRUST_PROXY_HOPS), the
 * X-Forwarded-Host that proxy set; a client's own X-Forwarded-Host is never believed.
 */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = (env.trustProxyHops > 0 && request.headers.get("x-forwarded-host")?.split(",")[0]?.trim()) || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Every route parameter of the API is a row's id: one that cannot be (too long, odd characters) is "not found", like an unknown one. */
const paramsSchema = z.record(z.string(), idSchema());
const notFound = () => error(404, "Not found.");

/**
 * Wraps a student's JSON route handler (the attempt API, the hottest paths of the app):
 * same-origin check, session check, the route's ids, a size cap, JSON parsing and zod
 * validation, then the handler. The session is decoded once and gives the user's id; the handler must put that
 * id in the WHERE clause of everything it reads or writes, so a deleted account or another
 * student's record is "not found". Domain errors become 404 / 409 / 400 with a message;
 * nothing else leaks.
 */
export function jsonRoute<S extends z.ZodType, P extends Record<string, string>, T>(
  schema: S,
  handler: (input: z.infer<S>, userId: string, params: P) => Promise<T>,
) {
  return (request: NextRequest, context: { params: Promise<P> }) => inRequest(request, async () => {
    if (!sameOrigin(request)) return error(403, "Requests from other sites are not accepted.");
    const userId = await sessionUserId(request);
    if (!userId) return error(401, "Please sign in again.");
    const params = await context.params;
    if (!paramsSchema.safeParse(params).success) return notFound();
    const input = await readJson(request, schema);
    if (!input.ok) return input.response;
    return respond(() => handler(input.data, userId, params));
  });
}

/**
 * The body as text, or null when it is over MAX_BODY_BYTES: refused on the declared length, and
 * otherwise read only up to the cap, so that a body sent without a length (chunked) is never
 * buffered whole.
 */
async function readCapped(request: NextRequest): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A zod issue as a sentence that names the field it is about. */
function issueMessage(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "The request is not valid.";
  const field = issue.path.map(String).join(".");
  return field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message;
}

/** The size cap, JSON parsing and zod validation that every JSON route applies to its body. */
async function readJson<S extends z.ZodType>(request: NextRequest, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: NextResponse }> {
  const text = await readCapped(request);
  if (text === null) return { ok: false, response: error(413, "The request is too large.") };
  let body: unknown;
  try {
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: error(400, "The request is not valid JSON.") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: error(400, issueMessage(parsed.error.issues[0])) };
  return { ok: true, data: parsed.data };
}

/** Runs the handler: its result as JSON, or a domain error as 404 / 409 / 400 with its message. */
async function respond<T>(run: () => Promise<T>): Promise<NextResponse> {
  try {
    return NextResponse.json(await run(), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof DomainError) return error(STATUS[e.code], e.message);
    throw e;
  }
}

/**
 * jsonRoute for a route that anyone may call, without a session: the same
 * origin check, size cap and validation. `allow`, when given, runs before the
 * body is read and answers 429 when it returns false (a rate limit).
 */
export function publicJsonRoute<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>) => Promise<T>,
  options: { allow?: (request: NextRequest) => Promise<boolean> } = {},
) {
  return (request: NextRequest) => inRequest(request, async () => {
    if (!sameOrigin(request)) return error(403, "Requests from other sites are not accepted.");
    if (options.allow && !(await options.allow(request))) return error(429, "Too many requests: wait a minute and try again.", { "Retry-After": "60" });
    const input = await readJson(request, schema);
    if (!input.ok) return input.response;
    return respond(() => handler(input.data));
  });
}

/**
 * A GET that answers a teacher with a CSV download. Anyone else, and a teacher asking for a class
 * they do not teach (`build` returns null) or by an id that cannot be one, gets 404.
 */
export function teacherCsvRoute<P extends Record<string, string>>(build: (user: CurrentUser, params: P) => Promise<{ filename: string; csv: string } | null>) {
  return (request: NextRequest, context: { params: Promise<P> }) => inRequest(request, async () => {
    const user = await getCurrentUser();
    if (!user) return error(401, "Please sign in.");
    if (!isTeacher(user)) return notFound();
    const params = await context.params;
    if (!paramsSchema.safeParse(params).success) return notFound();
    const out = await build(user, params);
    if (!out) return notFound();
    const filename = out.filename.replace(/[^\w.-]+/g, "-");
    return new Response(out.csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  });
}
