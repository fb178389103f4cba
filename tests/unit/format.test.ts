import { expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatMonths, formatNumber, formatWeekday, isoDay, plural, pluralWord } from "@/lib/format";

it("formats days, times, numbers and plurals the one way the app prints them, in UTC", () => {
  expect(formatDay("2025-07-08")).toBe("8 Jul 2025");
  expect(formatDay("2025-07-08", true)).toBe("8 Jul");
  expect(formatDay("sometime")).toBe("sometime");
  expect(formatDay("2025-13-40")).toBe("2025-13-40");
  expect(formatDateTime(new Date("2026-02-20T17:05:00Z"))).toBe("20 Feb 2026, 17:05 UTC");
  // Just before midnight UTC is still that day, wherever the server runs.
  expect(formatDate(new Date("2026-02-20T23:59:00Z"))).toBe("20 Feb 2026");
  expect(formatWeekday(new Date("2026-12-04T10:00:00Z"))).toBe("Fri 4 Dec");
  expect(isoDay(new Date("2026-12-04T23:30:00Z"))).toBe("2026-12-04");
  expect(formatNumber(1234567)).toBe("1,234,567");
  expect(plural(1, "question")).toBe("1 question");
  expect(plural(0, "question")).toBe("0 questions");
  expect(plural(1000, "student")).toBe("1,000 students");
  expect(plural(3, "question is", "questions are")).toBe("3 questions are");
  expect(pluralWord(1, "attempt")).toBe("attempt");
  expect(pluralWord(2, "attempt")).toBe("attempts");
});

it("says an age in months up to two years, then in years", () => {
  expect([0, 1, 2, 23, 24, 35, 36, 350].map(formatMonths)).toEqual(["less than a month", "1 month", "2 months", "23 months", "2 years", "2 years", "3 years", "29 years"]);
});
