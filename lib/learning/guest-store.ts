/**
 * A guest's practice, kept in the browser under GUEST_STORE_KEY until it is
 * claimed into an account. Pure helpers: no DOM, no I/O. What the browser
 * stored is read defensively (a tab of an older version, a full disk or a
 * curious user may have left anything there): whatever does not fit is
 * dropped, never trusted, and the server grades every claimed answer again.
 */
import type { FeedbackDTO } from "@/lib/quiz/dto";

export const GUEST_STORE_KEY = "ihl.guest.v1";
/** The most answers a device keeps, and the most a claim takes. */
export const MAX_GUEST_ANSWERS = 500;

export type GuestAnswer = {
  lessonSlug: string;
  response: unknown;
  correct: boolean;
  credit: number;
  answeredAt: string;
  /** The feedback the server gave, so a reload shows it again without asking. */
  feedback?: FeedbackDTO;
};

export type GuestState = {
  /** Made on the device; the server takes a claim with this id once. */
  claimId: string;
  /** By question version id. */
  answers: Record<string, GuestAnswer>;
};

export type GuestClaimPayload = { claimId: string; answers: { questionVersionId: string; response: unknown; answeredAt: string }[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MAX_ID = 64;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown, max = 10_000): value is string => typeof value === "string" && value.length <= max;
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => isString(v));
/** A time as Date.toISOString() writes it, in UTC: the form a claim accepts. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const isValidDate = (value: unknown): value is string => isString(value, 40) && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value));

function isFeedback(value: unknown): value is FeedbackDTO {
  if (!isRecord(value)) return false;
  const { correct, credit, points, explanation, correctAnswer, sources } = value;
  return (
    typeof correct === "boolean" &&
    typeof credit === "number" &&
    typeof points === "number" &&
    isString(explanation) &&
    isStringArray(correctAnswer) &&
    Array.isArray(sources) &&
    sources.every((s) => isRecord(s) && isString(s.ref) && isString(s.label) && isString(s.href) && isString(s.text))
  );
}

function toAnswer(value: unknown): GuestAnswer | null {
  if (!isRecord(value)) return null;
  const { lessonSlug, response, correct, credit, answeredAt, feedback } = value;
  if (!isString(lessonSlug, 120) || lessonSlug === "") return null;
  if (response === undefined || response === null) return null;
  if (typeof correct !== "boolean") return null;
  if (typeof credit !== "number" || !(credit >= 0 && credit <= 1)) return null;
  if (!isValidDate(answeredAt)) return null;
  return { lessonSlug, response, correct, credit, answeredAt, ...(isFeedback(feedback) ? { feedback } : {}) };
}

/** Keeps the newest `max` answers. */
function newest(answers: [string, GuestAnswer][], max: number): [string, GuestAnswer][] {
  if (answers.length <= max) return answers;
  return [...answers].sort((a, b) => Date.parse(b[1].answeredAt) - Date.parse(a[1].answeredAt)).slice(0, max);
}

/**
 * The stored state, or null when there is none or it cannot be used (not
 * JSON, no valid claim id). Answers that do not fit are dropped one by one;
 * a feedback that does not fit is dropped from its answer.
 */
export function parseGuestState(raw: string | null | undefined): GuestState | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isUuid(value.claimId)) return null;
  const entries = isRecord(value.answers) ? Object.entries(value.answers) : [];
  const answers: [string, GuestAnswer][] = [];
  for (const [id, entry] of entries) {
    const answer = id.length > 0 && id.length <= MAX_ID ? toAnswer(entry) : null;
    if (answer) answers.push([id, answer]);
  }
  return { claimId: value.claimId, answers: Object.fromEntries(newest(answers, MAX_GUEST_ANSWERS)) };
}

export const serializeGuestState = (state: GuestState): string => JSON.stringify(state);

/**
 * The state with one answer recorded (replacing an earlier answer to the same
 * question). A state that does not exist yet gets a claim id from `newClaimId`.
 * Past MAX_GUEST_ANSWERS the oldest answers give way.
 */
export function recordGuestAnswer(state: GuestState | null, questionVersionId: string, answer: GuestAnswer, newClaimId: () => string): GuestState {
  const answers = { ...(state?.answers ?? {}) };
  delete answers[questionVersionId];
  answers[questionVersionId] = answer;
  return { claimId: state?.claimId ?? newClaimId(), answers: Object.fromEntries(newest(Object.entries(answers), MAX_GUEST_ANSWERS)) };
}

/** How many answers are kept, and how many are right; only for `questionIds` when given. */
export function countGuestAnswers(state: GuestState | null, questionIds?: readonly string[]): { answered: number; right: number } {
  if (!state) return { answered: 0, right: 0 };
  const ids = questionIds ?? Object.keys(state.answers);
  let answered = 0;
  let right = 0;
  for (const id of ids) {
    const answer = state.answers[id];
    if (!answer) continue;
    answered++;
    if (answer.correct) right++;
  }
  return { answered, right };
}

/** What a claim sends: responses and times only (the server grades), oldest first, at most MAX_GUEST_ANSWERS. */
export function toClaimPayload(state: GuestState): GuestClaimPayload {
  const answers = Object.entries(state.answers)
    .map(([questionVersionId, a]) => ({ questionVersionId, response: a.response, answeredAt: a.answeredAt }))
    .sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt))
    .slice(-MAX_GUEST_ANSWERS);
  return { claimId: state.claimId, answers };
}
