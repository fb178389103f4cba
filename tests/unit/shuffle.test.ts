import { describe, expect, it } from "vitest";
import { seededShuffle, shuffleChoices } from "@/lib/quiz/shuffle";

describe("seeded shuffling", () => {
  const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
  it("gives the same order for the same seed, on every call", () => {
    expect(seededShuffle(ids, 42)).toEqual(seededShuffle(ids, 42));
  });
  it("gives different orders for different seeds, and keeps every item", () => {
    const a = seededShuffle(ids, 1);
    const b = seededShuffle(ids, 2);
    expect(a).not.toEqual(b);
    expect([...a].sort()).toEqual([...ids].sort());
  });
  it("never shows choices in their authored order", () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(shuffleChoices(["a", "b"], seed)).toEqual(["b", "a"]);
      expect(shuffleChoices(["a", "b", "c"], seed)).not.toEqual(["a", "b", "c"]);
    }
  });
});
