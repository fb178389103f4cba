import { env } from "@/lib/env";

/**
 * The address a request came from, for rate limits. Next records the connecting address in
 * X-Forwarded-For only when the request has none, so the header is the client's own word
 * unless a proxy we trust wrote it. With TRUST_PROXY_HOPS=N (N proxies in front, each
 * appending the address it saw), the client is the N-th address from the right; entries
 * further left were sent by the client and are ignored. With no trusted proxy (0, the
 * default) the last entry is used: the connecting address when the client sent none.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>, trustedHops = env.trustProxyHops): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  const hops = (get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const index = hops.length - Math.max(trustedHops, 1);
  return hops[Math.max(index, 0)] ?? "unknown";
}
