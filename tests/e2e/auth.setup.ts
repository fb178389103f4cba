// The setup project (playwright.config.ts): signs in once as each demo account through the
// sign-in form and keeps the session for the specs that only need a signed-in demo user.
import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { signIn } from "./support/helpers";
import { DEMO_STUDENT, DEMO_TEACHER } from "./support/sessions";

for (const account of DEMO_ACCOUNTS) {
  setup(`sign in as the demo ${account.role.toLowerCase()}`, async ({ page }) => {
    await signIn(page, account.email, account.password);
    await expect(page.locator(".nav")).toContainText(account.name);
    await page.context().storageState({ path: account.role === "TEACHER" ? DEMO_TEACHER : DEMO_STUDENT });
  });
}
