"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie } from "./session-cookie";

/**
 * Signs out by clearing the session cookie (lib/auth/session-cookie.ts). A server action, so that
 * the sign-out button is a plain form in the layout and no client code is sent for it; it works
 * before hydration too.
 */
export async function signOutAction(): Promise<never> {
  await clearSessionCookie();
  redirect("/");
}
