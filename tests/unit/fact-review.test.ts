import { describe, expect, it } from "vitest";
import { factCorrections, isDueForReview, monthsSince } from "@/lib/content/fact-review";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("fact review", () => {
  it("counts whole calendar months since the fact's day", () => {
    expect(monthsSince("2025-07-08", at("2025-07-31"))).toBe(0);
    expect(monthsSince("2025-07-08", at("2025-08-07"))).toBe(0);
    expect(monthsSince("2025-07-08", at("2025-08-08"))).toBe(1);
    expect(monthsSince("2025-07-08", at("2026-12-02"))).toBe(16);
    expect(monthsSince("2024-01-31", at("2024-02-29"))).toBe(1);
    expect(monthsSince("2026-12-10", at("2026-12-02"))).toBe(0);
  });

  it("is due once the period has passed, on its last day, and always without a day", () => {
    expect(isDueForReview("2025-12-02", at("2026-12-01"), 12)).toBe(false);
    expect(isDueForReview("2025-12-02", at("2026-12-02"), 12)).toBe(true);
    expect(isDueForReview("2025-07-08", at("2026-12-02"), 18)).toBe(false);
    expect(isDueForReview("2025-07-08", at("2026-12-02"), 12)).toBe(true);
    expect(isDueForReview("2025-08-31", at("2026-02-28"), 6)).toBe(true);
    expect(isDueForReview("2025-08-31", at("2026-02-27"), 6)).toBe(false);
    expect(isDueForReview(null, at("2026-12-02"), 24)).toBe(true);
  });
});

describe("fact corrections", () => {
  const fact = { number: 15, text: "Article 20.", status: "verified", asOf: "1997-09-18" };

  it("names what a student is taught that changed: the statement, the status, the date", () => {
    expect(factCorrections([fact], [fact])).toEqual([]);
    expect(factCorrections([fact], [{ ...fact, asOf: "2025-06-29" }])).toEqual([{ number: 15, fields: ["asOf"] }]);
    expect(factCorrections([fact], [{ ...fact, text: "Article 20 (3).", status: "partly" }])).toEqual([{ number: 15, fields: ["text", "status"] }]);
  });

  it("counts a new fact as no correction", () => {
    expect(factCorrections([fact], [fact, { ...fact, number: 16 }])).toEqual([]);
  });
});
