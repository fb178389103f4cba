import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/app/(auth)/safe-callback";

const SITE = "https://ihl.example.org";
const go = (value: string | string[] | undefined) => safeCallbackUrl(value, SITE);

describe("the place to go after signing in or up", () => {
  it("keeps a path on this site, with its query and anchor", () => {
    expect(go("/lessons/withdrawal/check")).toBe("/lessons/withdrawal/check");
    expect(go("/article?x=1#p5")).toBe("/article?x=1#p5");
    expect(go(["/progress", "/x"])).toBe("/progress");
    expect(go("https://ihl.example.org/review")).toBe("/review");
  });

  it.each([
    ["protocol-relative", "//evil.example/phish"],
    ["backslash after the slash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a tab inside the slashes", "/\t/evil.example"],
    ["a newline inside the slashes", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["an absolute URL elsewhere", "https://evil.example/"],
    ["another scheme on our host name", "http://ihl.example.org/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a leading space before the slashes", " //evil.example"],
  ])("goes home instead of off the site: %s", (_name, value) => {
    expect(go(value)).toBe("/");
  });

  it("keeps encoded slashes as a harmless path on this site", () => {
    expect(go("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(go("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it("goes home with nothing given", () => {
    expect(go(undefined)).toBe("/");
    expect(go("")).toBe("/");
  });
});
