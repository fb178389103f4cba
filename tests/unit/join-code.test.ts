import { describe, expect, it } from "vitest";
import { JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are 7 characters with no look-alikes (0/O, 1/I/L)", () => {
    for (let i = 0; i < 500; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).not.toMatch(/[01OIL]/);
      expect(normaliseJoinCode(code)).toBe(code);
    }
  });
  it("accept what students type: lower case, spaces and dashes", () => {
    expect(normaliseJoinCode(" k7q-x2 mp ")).toBe("K7QX2MP");
  });
  it("refuse anything that cannot be a code", () => {
    expect(normaliseJoinCode("K7QX2M")).toBeNull();
    expect(normaliseJoinCode("K7QX2MP9")).toBeNull();
    expect(normaliseJoinCode("K0QX2MP")).toBeNull();
    expect(normaliseJoinCode("")).toBeNull();
  });
  it("uses the random source it is given", () => {
    expect(newJoinCode(() => 0)).toBe("AAAAAAA");
  });
});
