import { expect, it } from "vitest";
import { formatDateTime, formatDay, plural } from "@/lib/format";

it("formats days, times and plurals the one way the app prints them", () => {
  expect(formatDay("2025-07-08")).toBe("8 Jul 2025");
  expect(formatDay("2025-07-08", true)).toBe("8 Jul");
  expect(formatDateTime(new Date("2026-02-20T17:05:00Z"))).toBe("20 Feb 2026, 17:05 UTC");
  expect(plural(1, "question")).toBe("1 question");
  expect(plural(0, "question")).toBe("0 questions");
  expect(plural(3, "question is", "questions are")).toBe("3 questions are");
});
