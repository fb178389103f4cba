/**
 * The request id that ties a request's log lines together. proxy.ts gives every request one:
 * the `x-request-id` a load balancer or client sent, when it is a sane token, or a new UUID.
 * It travels to the route as a request header and back to the client as a response header.
 * No Node-only imports: proxy.ts imports this file too.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const SANE = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The incoming id when it is 8 to 128 characters of letters, digits and `._:-`; null otherwise. */
export function saneRequestId(value: string | null | undefined): string | null {
  return typeof value === "string" && SANE.test(value) ? value : null;
}

/** The id for a request with these headers: its own sane `x-request-id`, or a new UUID. */
export function requestIdOf(headers: { get(name: string): string | null }): string {
  return saneRequestId(headers.get(REQUEST_ID_HEADER)) ?? crypto.randomUUID();
}
