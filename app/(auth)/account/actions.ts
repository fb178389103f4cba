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
  const result = await deleteAccount({ password: form.get("password") ?? "" });
  if (result.status !== "ok") return result;
  await clearSessionCookie();
  redirect("/account/deleted");
}
