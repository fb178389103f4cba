/**
 * The Content-Security-Policy of every page. Scripts run only from this site and only with the
 * request's nonce (proxy.ts makes one per request; Next puts it on every script tag it renders,
 * its inline ones included): an injected inline script has no nonce and does not run. Inline
 * styles stay allowed ('unsafe-inline' in style-src), since style attributes cannot carry a
 * nonce. No Node-only imports: proxy.ts imports this file.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': a script that a nonced script loads may run; 'self' is for old browsers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
