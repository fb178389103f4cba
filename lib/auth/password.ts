import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane.
// (2 is Algorithm.Argon2id; the enum is a const enum that isolatedModules cannot import.)
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so that an unknown user and a wrong password cost
// the same: one argon2id verification with the same parameters (it is made by hashPassword). It
// is made when this module loads, not on the first unknown email, which would otherwise pay for
// a hash and a verification, and stand out. Its password is random: nothing can match it.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(32).toString("base64url")));
void dummy();

/** The hash verified against for an unknown email (for the tests: its parameters are a real hash's). */
export const dummyPasswordHash = dummy;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await dummy(), password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
