import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("the client's address, for rate limits", () => {
  it("with no trusted proxy, is the address Next recorded for the connection", () => {
    expect(clientIp(headers("127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(headers(), 0)).toBe("unknown");
  });

  it("behind one trusted proxy, is the address that proxy appended; what the client sent before it is ignored", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers(" 1.1.1.1 ,2.2.2.2, 203.0.113.9 "), 1)).toBe("203.0.113.9");
  });

  it("behind two trusted proxies, is the second address from the right", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("never reaches past the left end of the header", () => {
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("reads a plain header object too (next-auth's request)", () => {
    expect(clientIp({ "x-forwarded-for": ["198.51.100.7, 203.0.113.9"] }, 1)).toBe("203.0.113.9");
  });
});
