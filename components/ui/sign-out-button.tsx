import { signOutAction } from "@/lib/auth/sign-out";

/** A form, not a client component: the layout of every page sends no JavaScript for it. */
export function SignOutButton() {
  return (
    <form action={signOutAction} className="nav__form">
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
