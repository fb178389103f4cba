import "server-only";
import { cookies } from "next/headers";

/** next-auth's session cookie, with the prefix it takes on HTTPS and the suffix of a chunked token. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Clears the session cookie: sessions are JWTs (lib/auth/options.ts), so this is signing out,
 * as next-auth's own sign-out does. For server actions only (cookies can be set only there).
 */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
  }
}
