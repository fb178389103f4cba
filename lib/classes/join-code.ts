import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: codes are read aloud and copied from a board. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 7;

export function newJoinCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[random(ALPHABET.length)]).join("");
}

/** Accepts what students type: any case, with spaces or dashes. Returns null when it cannot be a code. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
