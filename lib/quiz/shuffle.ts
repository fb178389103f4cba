/** Deterministic shuffling from a stored seed, so an attempt looks the same on every device and reload. */

/** mulberry32: a small, fast 32-bit PRNG. Returns numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive one seed per question from the attempt's seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates with a seeded PRNG. Returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Shuffles choices so they are never shown in their authored order when there
 * is another order to show (an ordering question shown already in order would
 * give its answer away).
 */
export function shuffleChoices(ids: readonly string[], seed: number): string[] {
  if (ids.length < 2) return [...ids];
  let out = seededShuffle(ids, seed);
  for (let tries = 1; tries < 8 && out.every((id, i) => id === ids[i]); tries++) out = seededShuffle(ids, seed + tries);
  if (out.every((id, i) => id === ids[i])) out = [...ids.slice(1), ids[0]!];
  return out;
}
