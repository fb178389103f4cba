import { describe, expect, it } from "vitest";
import {
  countGuestAnswers,
  isUuid,
  MAX_GUEST_ANSWERS,
  parseGuestState,
  recordGuestAnswer,
  serializeGuestState,
  toClaimPayload,
  type GuestAnswer,
  type GuestState,
} from "@/lib/learning/guest-store";

const CLAIM = "0b7d6a3e-4c1f-4a8e-9d2b-5f6e7a8b9c0d";
const feedback = { correct: true, credit: 1, points: 1, explanation: "Because.", correctAnswer: ["Yes"], sources: [{ ref: "p1", label: "¶1", href: "/article#p1", text: "Text" }] };
const answer = (over: Partial<GuestAnswer> = {}): GuestAnswer => ({
  lessonSlug: "the-convention",
  response: { optionId: "x" },
  correct: true,
  credit: 1,
  answeredAt: "2026-01-10T09:00:00.000Z",
  ...over,
});
const raw = (value: unknown) => JSON.stringify(value);

describe("parseGuestState", () => {
  it("reads back what it wrote, feedback included", () => {
    const state: GuestState = { claimId: CLAIM, answers: { v1: answer({ feedback }), v2: answer({ correct: false, credit: 0.5 }) } };
    expect(parseGuestState(serializeGuestState(state))).toEqual(state);
  });

  it("gives null for nothing, for text that is not JSON and for a state without a valid claim id", () => {
    for (const input of [null, undefined, "", "{", "[]", "42", raw({ answers: {} }), raw({ claimId: "not-a-uuid", answers: {} }), raw({ claimId: 7, answers: {} })])
      expect(parseGuestState(input), String(input)).toBeNull();
  });

  it("drops, one by one, the answers that do not fit, and keeps the rest", () => {
    const state = parseGuestState(
      raw({
        claimId: CLAIM,
        answers: {
          good: answer(),
          noSlug: { ...answer(), lessonSlug: "" },
          noResponse: { ...answer(), response: null },
          correctAsText: { ...answer(), correct: "true" },
          creditTooHigh: answer({ credit: 2 }),
          creditNaN: { ...answer(), credit: "NaN" },
          localTime: answer({ answeredAt: "2026-01-10 09:00" }),
          notADate: answer({ answeredAt: "2026-13-45T99:00:00Z" }),
          notAnObject: "yes",
          [`x${"y".repeat(64)}`]: answer(),
        },
      }),
    );
    expect(Object.keys(state!.answers)).toEqual(["good"]);
  });

  it("keeps an answer whose feedback does not fit, without the feedback", () => {
    const state = parseGuestState(raw({ claimId: CLAIM, answers: { v1: { ...answer(), feedback: { ...feedback, sources: "none" } } } }));
    expect(state!.answers.v1).toEqual(answer());
  });

  it("treats answers that are not an object as none", () => {
    expect(parseGuestState(raw({ claimId: CLAIM, answers: [answer()] }))).toEqual({ claimId: CLAIM, answers: {} });
  });

  it(`keeps the newest ${MAX_GUEST_ANSWERS} answers of a longer list`, () => {
    const answers = Object.fromEntries(Array.from({ length: MAX_GUEST_ANSWERS + 5 }, (_, i) => [`v${i}`, answer({ answeredAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })]));
    const state = parseGuestState(raw({ claimId: CLAIM, answers }))!;
    expect(Object.keys(state.answers)).toHaveLength(MAX_GUEST_ANSWERS);
    expect(state.answers.v0).toBeUndefined();
    expect(state.answers[`v${MAX_GUEST_ANSWERS + 4}`]).toBeDefined();
  });
});

describe("recordGuestAnswer", () => {
  it("starts a state with a new claim id, and keeps the id afterwards", () => {
    let made = 0;
    const newId = () => (made++, CLAIM);
    const first = recordGuestAnswer(null, "v1", answer(), newId);
    expect(first).toEqual({ claimId: CLAIM, answers: { v1: answer() } });
    const second = recordGuestAnswer(first, "v2", answer(), newId);
    expect(second.claimId).toBe(CLAIM);
    expect(made).toBe(1);
  });

  it("replaces an earlier answer to the same question and leaves the old state alone", () => {
    const before: GuestState = { claimId: CLAIM, answers: { v1: answer() } };
    const after = recordGuestAnswer(before, "v1", answer({ correct: false, credit: 0 }), () => "unused");
    expect(after.answers.v1!.correct).toBe(false);
    expect(Object.keys(after.answers)).toEqual(["v1"]);
    expect(before.answers.v1!.correct).toBe(true);
  });

  it(`lets the oldest answer give way past ${MAX_GUEST_ANSWERS}`, () => {
    const answers = Object.fromEntries(Array.from({ length: MAX_GUEST_ANSWERS }, (_, i) => [`v${i}`, answer({ answeredAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })]));
    const after = recordGuestAnswer({ claimId: CLAIM, answers }, "new", answer({ answeredAt: "2027-01-01T00:00:00.000Z" }), () => CLAIM);
    expect(Object.keys(after.answers)).toHaveLength(MAX_GUEST_ANSWERS);
    expect(after.answers.v0).toBeUndefined();
    expect(after.answers.new).toBeDefined();
  });
});

describe("countGuestAnswers", () => {
  const state: GuestState = { claimId: CLAIM, answers: { a: answer(), b: answer({ correct: false, credit: 0.5 }), c: answer() } };

  it("counts every answer kept, and the right ones", () => {
    expect(countGuestAnswers(state)).toEqual({ answered: 3, right: 2 });
    expect(countGuestAnswers(null)).toEqual({ answered: 0, right: 0 });
  });

  it("counts only the questions asked about", () => {
    expect(countGuestAnswers(state, ["b", "c", "not-kept"])).toEqual({ answered: 2, right: 1 });
  });
});

describe("toClaimPayload", () => {
  it("sends responses and times only, oldest first: never a verdict or feedback", () => {
    const state: GuestState = {
      claimId: CLAIM,
      answers: { late: answer({ answeredAt: "2026-01-10T10:00:00.000Z", feedback }), early: answer({ answeredAt: "2026-01-10T08:00:00.000Z" }) },
    };
    expect(toClaimPayload(state)).toEqual({
      claimId: CLAIM,
      answers: [
        { questionVersionId: "early", response: { optionId: "x" }, answeredAt: "2026-01-10T08:00:00.000Z" },
        { questionVersionId: "late", response: { optionId: "x" }, answeredAt: "2026-01-10T10:00:00.000Z" },
      ],
    });
  });
});

describe("isUuid", () => {
  it("takes what crypto.randomUUID makes and nothing else", () => {
    expect(isUuid(crypto.randomUUID())).toBe(true);
    expect(isUuid(CLAIM.toUpperCase())).toBe(true);
    for (const v of ["", "abc", `${CLAIM}x`, CLAIM.replaceAll("-", ""), 12]) expect(isUuid(v)).toBe(false);
  });
});
