"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/** next-auth's session cookie, with the prefix it takes on HTTPS and the suffix of a chunked token. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs out: sessions are JWTs (lib/auth/options.ts), so signing out is clearing the session
 * cookie, as next-auth's own sign-out does. A server action, so that the sign-out button is a
 * plain form in the layout and no client code is sent for it; it works before hydration too.
 */
export async function signOutAction(): Promise<never> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) jar.delete({ name, path: "/", secure: name.startsWith("__Secure-"), httpOnly: true, sameSite: "lax" });
  }
  redirect("/");
}
