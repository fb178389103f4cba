"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { userAction, type ActionResult } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { deleteAccountSchema, deleteOwnAccount } from "@/lib/privacy/delete";

const deleteAccount = userAction(deleteAccountSchema, async ({ password }, user) => {
  await deleteOwnAccount(user, password, clientIp(await headers()));
  return null;
});

/** The account page's delete form (with or without JavaScript): deletes, signs out, and says so. */
export async function deleteAccountAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  // A replayed call may send anything: zod reads only a string password.
  const result = await deleteAccount({ password: form instanceof FormData ? (form.get("password") ?? "") : null });
  if (result.status !== "ok") return result;
  await clearSessionCookie();
  redirect("/account/deleted");
}
