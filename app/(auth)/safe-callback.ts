import { env } from "@/lib/env";

/**
 * Where to go after signing in or up: only a place on this site. The value is resolved the way a
 * browser resolves it (backslashes read as slashes, tabs and newlines dropped, any scheme or
 * host honoured) against the site's own origin, and kept only if it stays on that origin.
 */
export function safeCallbackUrl(value: string | string[] | undefined, site = env.authUrl): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "/";
  const origin = new URL(site).origin;
  try {
    const url = new URL(raw, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
