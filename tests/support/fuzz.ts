// Building blocks of the bad-input fuzz (tests/integration/fuzz.test.ts): values of the wrong
// type, odd and huge strings, unknown ids, extra fields, and payloads assembled from parts that
// are each either valid or carry a named defect.
import fc from "fast-check";

/** Payloads per endpoint: FUZZ_RUNS, 20 by default (CI); `npm run test:fuzz` sends 300 to each. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 20));

/** A field left out of the payload. */
export const MISSING = Symbol("missing");

/** One part of a request (the caller, a field, the body…): its value, and what is wrong with it, if anything. */
export type Part<T = unknown> = { value: T; defect: string | null };

export const ok = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Part<T>> => arb.map((value) => ({ value, defect: null }));
export const bad = (defect: string, arb: fc.Arbitrary<unknown>): fc.Arbitrary<Part> => arb.map((value) => ({ value, defect }));

/** A part that is valid about half the time and otherwise one of `defects`. */
export const part = <T>(valid: fc.Arbitrary<T>, ...defects: fc.Arbitrary<Part>[]): fc.Arbitrary<Part> => weighted(1, valid, defects);

/**
 * A part that is valid four times in five: for the outer checks (who calls, from where), which
 * refuse before anything else is read, so that most payloads reach the validation behind them.
 */
export const rarely = <T>(valid: fc.Arbitrary<T>, ...defects: fc.Arbitrary<Part>[]): fc.Arbitrary<Part> => weighted(4, valid, defects);

const weighted = <T>(validShare: number, valid: fc.Arbitrary<T>, defects: fc.Arbitrary<Part>[]): fc.Arbitrary<Part> =>
  defects.length ? fc.oneof({ arbitrary: ok(valid) as fc.Arbitrary<Part>, weight: validShare * defects.length }, ...defects.map((arbitrary) => ({ arbitrary, weight: 1 }))) : ok(valid);

const MB = 2 ** 20;
/** About a megabyte of text each: plain, two-byte, four-byte (astral) and NUL characters. */
export const HUGE = ["x".repeat(MB), "é".repeat(MB / 2), "😀".repeat(MB / 4), "\u0000".repeat(MB)];
export const huge = fc.constantFrom(...HUGE);

/** Characters PostgreSQL cannot store (NUL in text or JSON, unpaired surrogates in JSON) and control characters no text field wants. */
const UNSTORABLE = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\ud800", "\udfff", "\ud83d"];
/** Text with at least one such character somewhere in it. */
export const unstorable = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...UNSTORABLE), fc.string({ maxLength: 12 }))
  .map(([a, c, b]) => `${a}${c}${b}`);

/** Legal but unusual text: any grapheme, right-to-left and zero-width marks, a BOM, line separators, markup, SQL. */
export const oddText = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 20 }),
  fc.constantFrom("\u202etxet", "\u200b", "\ufeffBOM", "a\u2028b", "👩‍👩‍👧‍👦", "𝕏𝕐", "' OR 1=1 --", '"; DROP TABLE "User"; --', "<script>alert(1)</script>", "${7*7}", "../../etc/passwd", "%00", "null", "undefined", "__proto__", "constructor"),
);

/** Anything but a string. */
export const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Anything but a number. */
export const notANumber = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("1", "0x10", "1e3", "Infinity", "NaN"), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));

/** Anything but an object: what a client that sends the wrong thing altogether sends. */
export const notAnObject = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ maxLength: 20 }), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }));

/** An id no row has: random text, a uuid, a well-formed cuid, odd characters. */
export const unknownId = fc.oneof(fc.string({ minLength: 1, maxLength: 64 }), fc.uuid(), fc.stringMatching(/^c[a-z0-9]{24}$/), oddText);

/** Strings that cannot be an id at all. */
export const oddId = fc.oneof(unstorable, huge, fc.constantFrom("", " ", "\t\n"), fc.string({ minLength: 65, maxLength: 300 }));

/** The defects of an id field: unknown, someone else's, malformed, of the wrong type, left out. */
export function idDefects(others: string[] = []): fc.Arbitrary<Part>[] {
  return [
    bad("unknown id", unknownId),
    ...(others.length ? [bad("another user's id", fc.constantFrom(...others))] : []),
    bad("malformed id", oddId),
    bad("wrong type", notAString),
    bad("missing", fc.constant(MISSING)),
  ];
}

/** The defects of a free-text field that takes `min`..`max` characters (after trimming). */
export function textDefects(max: number, { min = 1 }: { min?: number } = {}): fc.Arbitrary<Part>[] {
  return [
    bad(min > 1 ? "too short" : "empty", fc.oneof(fc.constantFrom("", "   ", "\n\t"), fc.string({ unit: "grapheme-ascii", maxLength: min - 1 }).filter((s) => s.trim().length < min))),
    bad("too long", fc.oneof(fc.string({ minLength: max + 1, maxLength: max + 40 }).filter((s) => s.trim().length > max), huge)),
    bad("unstorable characters", unstorable.filter((s) => s.trim().length >= min && s.length <= max)),
    bad("wrong type", notAString),
    bad("missing", fc.constant(MISSING)),
  ];
}

/** Legal free text of `min`..`max` characters after trimming, often unusual. */
export const legalText = (max: number, min = 1) =>
  fc.oneof(oddText, fc.string({ minLength: min, maxLength: max })).filter((s) => s.trim().length >= min && s.length <= max && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s) && s.isWellFormed());

/** Extra fields a client might add: forged grades and roles, prototype keys, anything. */
export const extraFields = fc.option(
  fc.oneof(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    fc.constantFrom<Record<string, unknown>>({ score: 100 }, { isCorrect: true, correct: true }, { role: "ADMIN" }, { userId: "someone-else" }, JSON.parse('{"__proto__":{"role":"ADMIN"}}'), { constructor: { prototype: { admin: true } } }),
  ),
  { nil: undefined },
);

/**
 * An object payload from parts: each field valid or carrying a defect (MISSING leaves it out),
 * plus perhaps extra fields, which are never a defect by themselves: the schemas drop them.
 */
export function object(fields: Record<string, fc.Arbitrary<Part>>, { extras = true } = {}): fc.Arbitrary<Part<Record<string, unknown>>> {
  return fc.record({ parts: fc.record(fields), extra: extras ? extraFields : fc.constant(undefined) }).map(({ parts, extra }) => {
    const value: Record<string, unknown> = { ...extra };
    for (const name of Object.keys(fields)) delete value[name];
    const defects: string[] = [];
    for (const [name, p] of Object.entries(parts)) {
      if (p.value !== MISSING) value[name] = p.value;
      if (p.defect) defects.push(`${name}: ${p.defect}`);
    }
    return { value, defect: defects.length ? defects.join(", ") : null };
  });
}

/** The defects of the parts of a case, in order; the case is a bad request when there is at least one. */
export const defectsOf = (parts: Record<string, Part>) =>
  Object.entries(parts).flatMap(([name, p]) => (p.defect ? [`${name} (${p.defect})`] : []));

/** JSON for a failure message: long strings cut short, so a 1 MB payload prints as one line. */
export function short(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v === undefined ? "<undefined>" : typeof v === "symbol" ? "<missing>" : typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} characters)` : v,
  ) ?? String(value);
}

/** A generated case that fast-check prints briefly when a property fails. */
export function printable<T extends object>(value: T): T {
  return Object.assign(value, { [fc.toStringMethod]: () => short(value) });
}
