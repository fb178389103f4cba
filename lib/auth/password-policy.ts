import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

/**
 * The most common passwords: the 49,233 of zxcvbn-ts's common list (MIT), which ships in the
 * package (no download at run time), in lower case. Built on first use.
 */
let common: Set<string> | undefined;

/** Whether a password is on the common list, in any case ("Password1" is "password1"). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.toLowerCase());
}

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;

/**
 * A new password: at least 8 characters, at most 256 (so a 64-character passphrase is welcome),
 * not one of the most common passwords, and no composition rules (OWASP; ASVS 6.2; NIST SP 800-63B).
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters.`)
  .refine((p) => !isCommonPassword(p), "This is one of the most common passwords, which are guessed first. Choose another: a few unrelated words make a good one.");
