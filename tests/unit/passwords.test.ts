import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { isCommonPassword, newPasswordSchema } from "@/lib/auth/password-policy";

const messageOf = (password: string) => newPasswordSchema.safeParse(password).error?.issues[0]?.message ?? null;

describe("new passwords (scenario 20)", () => {
  it("refuses the most common passwords, in any case, with a message that says why", () => {
    for (const password of ["password1", "12345678", "qwertyuiop", "iloveyou", "Password1", "SUNSHINE", "1qaz2wsx"]) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(messageOf(password), password).toMatch(/one of the most common passwords/);
    }
  });

  it("takes uncommon ones, a 64-character passphrase and up to 256 characters, with no composition rules", () => {
    const passphrase = "rain over the ottawa convention makes the mines list grow longer";
    expect(passphrase).toHaveLength(64);
    for (const password of [passphrase, "correct horse battery staple", "x".repeat(256), "ihl-classroom-2026", "émigré façade naïve"]) expect(messageOf(password), password).toBeNull();
  });

  it("keeps the length limits: at least 8 characters, at most 256", () => {
    expect(messageOf("k9#Vq2!")).toBe("Use at least 8 characters.");
    expect(messageOf("x".repeat(257))).toBe("Use at most 256 characters.");
  });
});

describe("the dummy hash an unknown email is verified against (scenario 19)", () => {
  it("is an argon2id hash with the same parameters as a real one, and matches nothing", async () => {
    // $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>: algorithm, version and parameters must agree.
    const head = (hash: string) => hash.split("$").slice(1, 4).join("$");
    const real = await hashPassword("a password of a real account");
    expect(head(await dummyPasswordHash())).toBe(head(real));
    expect(head(real)).toBe("argon2id$v=19$m=19456,t=2,p=1");
    expect((await dummyPasswordHash()).length).toBe(real.length);
    expect(await verifyPassword(null, "a password of a real account")).toBe(false);
    expect(await verifyPassword(null, "")).toBe(false);
    expect(await verifyPassword(real, "a password of a real account")).toBe(true);
    expect(await verifyPassword(real, "a wrong one")).toBe(false);
  });
});
