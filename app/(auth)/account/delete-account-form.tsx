"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions";
import { deleteAccountAction } from "./actions";

/** "Delete my account", confirmed with the password. A plain form: it works before the page's script has loaded. */
export function DeleteAccountForm() {
  const [result, formAction, pending] = useActionState<ActionResult | null, FormData>(deleteAccountAction, null);
  const message = result && result.status !== "ok" ? result.message : null;
  return (
    <form className="form" action={formAction} noValidate data-testid="delete-account-form">
      <div className="field">
        <label htmlFor="delete-password">Your password, to confirm</label>
        <input
          id="delete-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!message}
          aria-describedby={message ? "delete-error delete-hint" : "delete-hint"}
        />
        <span className="field__hint" id="delete-hint">
          This cannot be undone. Download your data first if you want a copy.
        </span>
        {message && (
          <span className="field__error" id="delete-error" role="alert">
            {message}
          </span>
        )}
      </div>
      <div>
        <button type="submit" className="button button--danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </div>
    </form>
  );
}
