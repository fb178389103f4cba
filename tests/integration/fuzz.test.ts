// Scenario 18 at scale: generated bad input to every route handler (app/api/**/route.ts) and every
// server action (app/**/actions.ts, lib/auth/sign-out.ts). Each payload carries at least one
// defect: a wrong type, an odd, unstorable or 1 MB string, an unknown id or another user's, a
// response shaped for another question type, a bad or stale sequence number, a missing field, a
// foreign Origin, no session or another role's; extra fields ride along. Every one must be
// refused with a 4xx and a readable message (an action: its "invalid" or "denied" result), never
// throw (what Next turns into a 500), and leave every table as it was: each payload runs between
// two dumps of the whole database (tests/support/db-snapshot.ts), compared row for row. A few
// refusals are a documented success that changes nothing, and are checked as such: a stale save
// (200 "stale", the browser's signal to renumber), a replayed submit (the same result), a claim
// sent again, joining a class twice.
//
// Why in process rather than against `next start`: the route handlers' own exported GET/POST get
// real NextRequest objects, and the actions run inside Next's request scope with real session
// cookies (tests/support/next-request.ts), so the code under test is the app's, from the origin
// and session checks down to SQL; what is left out is HTTP framing and Next's own action decoding
// (which caps an action's body at 1 MB before our code sees it). In return the fuzz runs on both
// engines with the integration suite (a fresh database per engine, TEST_DB), thousands of payloads
// take minutes rather than hours, and the database can be dumped around every single payload, so
// a failure names the payload that changed a row. fast-check shrinks a failure to a small payload.
//
//   FUZZ_RUNS=20 (default, CI) payloads per endpoint; `npm run test:fuzz` sends 300 to each, on both engines.
import "../support/next-request";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { createAssignment } from "@/lib/assignments/mutations";
import { hashPassword } from "@/lib/auth/password";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { createDraft } from "@/lib/authoring/drafts";
import { createClass, joinClassByCode } from "@/lib/classes/mutations";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { submitAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAttempt } from "@/lib/attempts/start";
import { parseResponse } from "@/lib/quiz/responses";
import { ID_PATTERN } from "@/lib/validation";
import type { StoredQuestion } from "@/lib/quiz/types";
import { changes, closeSnapshots, snapshot } from "../support/db-snapshot";
import { bad, defectsOf, huge, idDefects, legalText, MISSING, notANumber, notAnObject, notAString, object, ok, oddText, part, printable, rarely, RUNS, short, textDefects, unknownId, unstorable, type Part } from "../support/fuzz";
import { callAction, inRequestScope, nextRequest, ORIGIN, sessionCookie } from "../support/next-request";
import { responseFromKey as rightResponse, toKeyedQuestion, wrongResponse } from "@/lib/quiz/rows";
import { keyedQuestions } from "../support/quiz";

// Server actions call revalidatePath after a success, which needs Next's render cache; a refused
// request never gets that far, and a success would show up as a changed database anyway.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Refused requests legitimately write one table: the rate limiter's counters (RateLimiterFlexible),
// which count failed sign-ins and guest answers whether or not the request was valid. Every other
// table must be byte for byte the same after each payload.
const IGNORED_TABLES = ["RateLimiterFlexible"];

const PASSWORD = "fuzz-password-not-secret-7Qe";
const PRACTICE = "the-convention-practice";
const CHECK = "the-convention-check";
const DAY = 86_400_000;

type User = { id: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN"; name: string };
type Keyed = StoredQuestion & { id: string; points: number };

/** The world the payloads are aimed at: two students, two teachers, their classes, work and attempts. */
const fx = {} as {
  a: User; // the student sending most payloads
  b: User; // another student, in the other teacher's class
  t: User; // the teacher sending most teacher payloads
  u: User; // another teacher
  cookies: Record<"a" | "t" | "ghost" | "demoted" | "forged", string>;
  classT: { id: string; joinCode: string };
  classU: { id: string; joinCode: string };
  assignments: { open: string; closed: string; future: string; other: string };
  openA: string; // A's open practice attempt, every question answered with seq 2, 4, 6…
  submittedA: string;
  openB: string;
  exhaustedQuiz: string; // A has used every attempt at this lesson check
  slugs: string[];
  inAttempt: Keyed[]; // the questions of openA, with their keys and saved seq
  savedSeq: Map<string, number>;
  notInAttempt: Keyed[]; // current versions of other lessons' questions
  current: Keyed[]; // every current question version
  questionIds: { inQuiz: string[]; other: string[] }; // Question ids for voiding: of the open assignment's lesson, and of another lesson
  csrf: { token: string; cookie: string };
  drafts: { t: string; u: string }; // a course draft of T (three paragraphs, revision 1), and one of U
};

beforeAll(async () => {
  await seedCourse(db, loadCourse());
  const passwordHash = await hashPassword(PASSWORD);
  const user = (key: string, role: User["role"]) =>
    db.user.create({ data: { email: `fuzz-${key}@example.test`, name: `Fuzz ${key}`, role, passwordHash }, select: { id: true, email: true, role: true, name: true } });
  [fx.a, fx.b, fx.t, fx.u] = [await user("a", "STUDENT"), await user("b", "STUDENT"), await user("t", "TEACHER"), await user("u", "TEACHER")];
  const ghost = await user("ghost", "TEACHER");
  await db.user.delete({ where: { id: ghost.id } });
  fx.cookies = {
    a: await sessionCookie(fx.a),
    t: await sessionCookie(fx.t),
    // A session of an account deleted since, and one whose token still says TEACHER after a demotion: the database decides.
    ghost: await sessionCookie(ghost),
    demoted: await sessionCookie({ ...fx.a, role: "TEACHER" }),
    forged: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.token.value",
  };

  fx.classT = await createClass(fx.t.id, "Fuzz class of T");
  fx.classU = await createClass(fx.u.id, "Fuzz class of U");
  await joinClassByCode(fx.a.id, fx.classT.joinCode);
  await joinClassByCode(fx.b.id, fx.classU.joinCode);
  const now = Date.now();
  const assign = (teacher: User, classId: string, title: string, openAt: number, dueAt: number, closeAt: number | null = null) =>
    createAssignment(teacher.id, {
      classId,
      quizSlug: CHECK,
      title,
      openAt: new Date(openAt),
      dueAt: new Date(dueAt),
      closeAt: closeAt === null ? null : new Date(closeAt),
      attemptsAllowed: 2,
      scoringRule: "BEST",
      timeLimitSec: null,
      feedbackPolicy: "AFTER_SUBMIT",
      studentIds: null,
    }).then((x) => x.id);
  fx.assignments = {
    open: await assign(fx.t, fx.classT.id, "Open", now - DAY, now + 7 * DAY),
    closed: await assign(fx.t, fx.classT.id, "Closed", now - 10 * DAY, now - 3 * DAY, now - 2 * DAY),
    future: await assign(fx.t, fx.classT.id, "Future", now + 5 * DAY, now + 10 * DAY),
    other: await assign(fx.u, fx.classU.id, "Other", now - DAY, now + 7 * DAY),
  };

  // A practice attempt: no time limit, so a long run never finds it overdue.
  fx.openA = await startAttempt(fx.a.id, PRACTICE);
  fx.inAttempt = (await keyedQuestions(fx.openA)) as Keyed[];
  fx.savedSeq = new Map();
  for (const [i, q] of fx.inAttempt.entries()) {
    await saveAnswer(fx.a.id, fx.openA, q.id, wrongResponse(q), 2 * (i + 1));
    fx.savedSeq.set(q.id, 2 * (i + 1));
  }
  fx.submittedA = await startAttempt(fx.a.id, "withdrawal-check");
  await submitAttempt(fx.a.id, fx.submittedA);
  fx.exhaustedQuiz = "military-arguments-check";
  for (let i = 0; i < 3; i++) await submitAttempt(fx.a.id, await startAttempt(fx.a.id, fx.exhaustedQuiz));
  fx.openB = await startAttempt(fx.b.id, PRACTICE);
  const draft = (teacher: User) =>
    createDraft(teacher.id, { title: "Fuzz draft", articleTitle: "A", articleSource: "S", articleDate: "2026-03-01", articleUrl: "https://example.org/a", language: "en", text: "One. Two.\n\nThree.\n\nFour." }).then((d) => d.id);
  fx.drafts = { t: await draft(fx.t), u: await draft(fx.u) };
  fx.slugs = (await db.quiz.findMany({ select: { slug: true } })).map((q) => q.slug);

  const versions = await db.questionVersion.findMany({
    select: { id: true, type: true, content: true, answerKey: true, points: true, questionId: true, question: { select: { lesson: { select: { slug: true } } } } },
    orderBy: { version: "desc" },
  });
  const inAttempt = new Set(fx.inAttempt.map((q) => q.id));
  fx.current = versions.map((v) => ({ ...v, ...toKeyedQuestion(v) })) as Keyed[];
  fx.notInAttempt = fx.current.filter((q) => !inAttempt.has(q.id));
  const lessonOf = (slug: string) => slug.replace(/-(check|practice)$/, "");
  fx.questionIds = {
    inQuiz: versions.filter((v) => v.question.lesson.slug === lessonOf(CHECK)).map((v) => v.questionId),
    other: versions.filter((v) => v.question.lesson.slug !== lessonOf(CHECK)).map((v) => v.questionId),
  };

  // A CSRF token and its cookie from next-auth, as the sign-in page gets them.
  const route = await import("@/app/api/auth/[...nextauth]/route");
  const request = nextRequest("/api/auth/csrf");
  const { result } = await inRequestScope(request, () => route.GET(request, { params: Promise.resolve({ nextauth: ["csrf"] }) }));
  const response = result as Response;
  fx.csrf = { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
}, 120_000);

// ---- Sending and judging ---------------------------------------------------------------------------

type Outcome =
  | { kind: "response"; status: number; body: unknown; setCookies: string[] }
  | { kind: "action"; result: unknown; setCookies: string[] }
  | { kind: "throw"; error: unknown; setCookies: string[] };

type Stats = { sent: number; outcomes: Record<string, number>; crashes: number; changedRows: number };
const stats = new Map<string, Stats>();

/** Calls a route handler with `request` inside Next's request scope; a throw is what Next answers with a 500. */
async function callRoute(handler: (request: NextRequest, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>, request: NextRequest, params: Record<string, unknown> = {}): Promise<Outcome> {
  try {
    const { result, setCookies } = await inRequestScope(request, () => handler(request, { params: Promise.resolve(params) }));
    const text = await result.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { kind: "response", status: result.status, body, setCookies: [...setCookies, ...result.headers.getSetCookie()] };
  } catch (error) {
    return { kind: "throw", error, setCookies: [] };
  }
}

/** Calls a server action as a page of this site does, with `cookie` (or none). */
async function callServerAction(run: () => Promise<unknown>, cookie?: string): Promise<Outcome> {
  const setCookies: string[] = [];
  try {
    const out = await callAction(run, cookie, setCookies);
    return { kind: "action", result: out.result, setCookies: out.setCookies };
  } catch (error) {
    return { kind: "throw", error, setCookies };
  }
}

/** A message a person can read: present, short, and without a stack trace, SQL or Prisma internals. */
function expectReadable(message: unknown, where: string) {
  expect(typeof message, `${where}: the message`).toBe("string");
  const text = message as string;
  expect(text.length, `${where}: message "${text}"`).toBeGreaterThan(3);
  expect(text.length, `${where}: message "${short(text)}"`).toBeLessThan(300);
  expect(text, `${where}: message`).not.toMatch(/prisma|\bSQL|SQLITE|postgres|invocation|\n\s+at |TypeError|undefined is not|Cannot read/i);
}

/** The route answered 4xx with `{ error: "…" }`. */
function expectRefusedResponse(outcome: Outcome, where: string, status?: number) {
  expect(outcome.kind, `${where}: ${outcome.kind === "throw" ? String((outcome.error as Error)?.stack ?? outcome.error) : ""}`).toBe("response");
  const r = outcome as Extract<Outcome, { kind: "response" }>;
  if (status) expect(r.status, `${where}: ${short(r.body)}`).toBe(status);
  expect(r.status, `${where}: ${short(r.body)}`).toBeGreaterThanOrEqual(400);
  expect(r.status, `${where}: ${short(r.body)}`).toBeLessThan(500);
  expectReadable((r.body as { error?: unknown })?.error, where);
  expect(r.setCookies.filter((c) => c.includes("session-token=") && !c.includes("session-token=;")), `${where}: no session is set`).toEqual([]);
}

/** The action returned its "invalid" or "denied" result with a message. */
function expectRefusedAction(outcome: Outcome, where: string, status?: "invalid" | "denied") {
  expect(outcome.kind, `${where}: ${outcome.kind === "throw" ? String((outcome.error as Error)?.stack ?? outcome.error) : ""}`).toBe("action");
  const result = (outcome as Extract<Outcome, { kind: "action" }>).result as { status: string; message?: unknown };
  expect(["invalid", "denied"], `${where}: ${short(result)}`).toContain(result.status);
  if (status) expect(result.status, `${where}: ${short(result)}`).toBe(status);
  expectReadable(result.message, where);
}

const label = (outcome: Outcome) =>
  outcome.kind === "response"
    ? String(outcome.status)
    : outcome.kind === "action"
      ? String((outcome.result as { status?: string })?.status)
      : (outcome.error as { digest?: string })?.digest?.startsWith("NEXT_REDIRECT")
        ? "redirect"
        : "throw";

/**
 * The property every endpoint must keep: for each generated case, the database is the same
 * before and after, nothing throws, and `check` accepts the outcome.
 */
async function fuzz<C extends object>(endpoint: string, cases: fc.Arbitrary<C>, send: (c: C) => Promise<Outcome>, check: (c: C, outcome: Outcome) => void, runs = RUNS) {
  const s: Stats = stats.get(endpoint) ?? { sent: 0, outcomes: {}, crashes: 0, changedRows: 0 };
  stats.set(endpoint, s);
  // Each payload's "after" dump is the next one's "before": nothing else writes in between.
  let last = await snapshot(IGNORED_TABLES);
  await fc.assert(
    fc.asyncProperty(cases.map(printable), async (c) => {
      const before = last;
      const outcome = await send(c);
      last = await snapshot(IGNORED_TABLES);
      const changed = changes(before, last);
      s.sent++;
      const l = label(outcome);
      s.outcomes[l] = (s.outcomes[l] ?? 0) + 1;
      if (l === "throw" || (outcome.kind === "response" && outcome.status === 500)) s.crashes++;
      s.changedRows += changed.reduce((n, t) => n + t.added.length + t.removed.length, 0);
      expect(changed.map((t) => `${t.table}: +${t.added.length} -${t.removed.length} ${short(t.added.slice(0, 2))}`), `${endpoint} changed the database`).toEqual([]);
      check(c, outcome);
    }),
    { numRuns: runs, endOnFailure: false },
  );
}

// Forged and foreign session cookies make next-auth log a JWT_SESSION_ERROR with its stack, once per
// payload: expected here, so left out of the output. Anything else logged as an error still shows.
const consoleError = console.error;
beforeAll(() => {
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("[next-auth][error][JWT_SESSION_ERROR]")) return;
    consoleError(...args);
  };
});

afterAll(async () => {
  console.error = consoleError;
  await closeSnapshots();
  // The figures of this run, one line per endpoint (for docs and the report; never asserted here).
  const rows = [...stats].map(([endpoint, s]) => `${endpoint.padEnd(46)} ${String(s.sent).padStart(5)} sent, ${s.crashes} 500s, ${s.changedRows} rows changed; ${Object.entries(s.outcomes).map(([k, n]) => `${k}×${n}`).join(" ")}`);
  const total = [...stats.values()].reduce((t, s) => ({ sent: t.sent + s.sent, crashes: t.crashes + s.crashes, changed: t.changed + s.changedRows }), { sent: 0, crashes: 0, changed: 0 });
  console.log(`fuzz (${process.env.TEST_DB ?? "sqlite"}, FUZZ_RUNS=${RUNS}): ${total.sent} payloads, ${total.crashes} 500s, ${total.changed} rows changed\n${rows.join("\n")}`);
});

// ---- Callers -------------------------------------------------------------------------------------------

type Caller = "a" | "t" | "anon" | "ghost" | "demoted" | "forged";
const cookieOf = (caller: Caller) => (caller === "anon" ? undefined : fx.cookies[caller]);

/** Who sends a student's request: the student, or someone who must be refused whatever the payload. */
const studentCaller = () => rarely(fc.constant<Caller>("a"), bad("no session", fc.constant("anon")), bad("forged session", fc.constant("forged")), bad("deleted account", fc.constant("ghost")));
/** Who sends a teacher's request: the teacher, or a student, a demoted teacher, nobody. */
const teacherCaller = () =>
  rarely(fc.constant<Caller>("t"), bad("no session", fc.constant("anon")), bad("a student's session", fc.constant("a")), bad("a demoted teacher's old token", fc.constant("demoted")), bad("deleted account", fc.constant("ghost")), bad("forged session", fc.constant("forged")));

/** A server action's payload: an object with the fields given (each well formed or with a defect), or, now and then, not an object at all. */
const actionBody = (fields: Record<string, fc.Arbitrary<Part>>) => fc.oneof({ weight: 8, arbitrary: object(fields) }, { weight: 1, arbitrary: bad("not an object", notAnObject) });
/** Calls `action` with a case's payload, with the case's caller's session. */
const asCaller =
  (action: (input: unknown) => Promise<unknown>) =>
  (c: { caller: Part; body: Part }) =>
    callServerAction(() => action(c.body.value), cookieOf(c.caller.value as Caller));

/** The Origin header: this site, none (same-origin fetches may omit it), another site, or garbage. */
const origin = () => rarely(fc.constantFrom<string | null>(ORIGIN, null), bad("foreign origin", fc.constantFrom("https://evil.example", "null", "http://localhost:3000.evil.example", "not a url")));

// ---- Responses ---------------------------------------------------------------------------------------

/** A response that does not fit question `q`: shaped for another type, with another question's ids, or anything at all. */
function responseDefects(q: Keyed): fc.Arbitrary<Part>[] {
  // Candidates are checked here, once: a filter on a generator that only ever gives valid responses
  // (another true/false question's answer fits this one too) would never end.
  const misfits = (responses: unknown[]) => responses.filter((r) => !parseResponse(q, r).ok);
  const otherTypes = misfits(fx.current.filter((o) => o.type !== q.type).flatMap((o) => [rightResponse(o), wrongResponse(o)]));
  const foreignIds = misfits(fx.current.filter((o) => o.type === q.type && o.id !== q.id).map((o) => rightResponse(o)));
  return [
    bad("shaped for another question type", fc.constantFrom(...otherTypes)),
    ...(foreignIds.length ? [bad("another question's ids", fc.constantFrom(...foreignIds))] : []),
    bad("not a response", fc.oneof(fc.jsonValue({ maxDepth: 3 }), notAnObject).filter((r) => !parseResponse(q, r).ok)),
    // Text no answer may hold, whatever the question: not filtered through parseResponse, which must refuse it itself.
    bad("unstorable text", fc.oneof(unstorable.map((text) => ({ text })), unstorable.map((value) => ({ value })))),
    bad("huge", huge.map((text) => ({ text }))),
    bad("forged extra keys", fc.constant({ ...(rightResponse(q) as object), isCorrect: true, score: 1 })),
    bad("missing", fc.constant(MISSING)),
  ];
}

/** A question of A's open attempt with a valid response, or a defect. */
const answerFields = (q: Keyed, seqDefects: fc.Arbitrary<Part>[]) =>
  object({
    questionVersionId: part(fc.constant(q.id), bad("not in this attempt", fc.constantFrom(...fx.notInAttempt.map((o) => o.id))), ...idDefects()),
    response: part(fc.constantFrom(rightResponse(q), wrongResponse(q)), ...responseDefects(q)),
    seq: part(fc.integer({ min: 10_000, max: 1_000_000_000 }), ...seqDefects),
  });

/** Sequence numbers the save route must refuse, and the stale one it must ignore. */
const seqDefects = (q: Keyed) => [
  bad("zero or negative", fc.integer({ min: -(2 ** 53), max: 0 })),
  bad("not whole", fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true })),
  bad("too large", fc.oneof(fc.integer({ min: 1_000_000_001, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53 + 2, 1e308))),
  bad("wrong type", notANumber),
  bad("missing", fc.constant(MISSING)),
  bad("stale", fc.integer({ min: 1, max: fx.savedSeq.get(q.id)! })),
];

// ---- Route handlers ----------------------------------------------------------------------------------

/** A JSON body: the object, or text that is not JSON, or more than the 32 KB cap. */
const jsonBody = (fields: fc.Arbitrary<Part<Record<string, unknown>>>) =>
  fc.oneof(
    { weight: 6, arbitrary: fields.map((p) => ({ value: JSON.stringify(p.value), defect: p.defect })) },
    { weight: 1, arbitrary: bad("not an object", notAnObject.map((v) => (v === undefined ? "" : JSON.stringify(v)))).filter((p) => p.value !== "") },
    { weight: 1, arbitrary: bad("not JSON", fc.oneof(fc.constantFrom("{", "{'a':1}", "undefined", "NaN", '{"seq": 1,}', "\u0000"), fc.string({ minLength: 1, maxLength: 30 }).filter(notJson))) },
    { weight: 1, arbitrary: bad("too large", huge.map((s) => JSON.stringify({ response: { text: s } }))) },
  );
function notJson(s: string) {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
}

/** The status a JSON route must answer for the first defect it checks: origin, session, the route's id, size, JSON. */
function jsonRouteStatus(parts: { caller: Part; origin: Part; body: Part; attempt?: Part }): number | undefined {
  if (parts.origin.defect) return 403;
  if (parts.caller.defect && parts.caller.value !== "ghost") return 401;
  if (parts.attempt && !ID_PATTERN.test(String(parts.attempt.value))) return 404;
  if (parts.body.defect === "too large") return 413;
  if (parts.body.defect === "not JSON") return 400;
  return undefined;
}

const post = (path: string, p: { caller: Part; origin: Part; body: Part }, extraHeaders: Record<string, string> = {}) =>
  nextRequest(path, {
    method: "POST",
    cookie: cookieOf(p.caller.value as Caller),
    headers: { "content-type": "application/json", ...(p.origin.value ? { origin: p.origin.value as string } : {}), ...extraHeaders },
    body: p.body.value as string,
  });

// Each test sends RUNS payloads (more while fast-check shrinks a failure): its time grows with FUZZ_RUNS.
const TIMEOUT = 30_000 + RUNS * 2_000;

describe("route handlers", { timeout: TIMEOUT }, () => {
  it("POST /api/attempts/[attemptId]/answers", async () => {
    const { POST } = await import("@/app/api/attempts/[attemptId]/answers/route");
    const cases = fc.constantFrom(...fx.inAttempt).chain((q) =>
      fc
        .record({
          q: fc.constant(q),
          caller: studentCaller(),
          origin: origin(),
          attempt: part(fc.constant(fx.openA), bad("submitted attempt", fc.constant(fx.submittedA)), bad("another student's attempt", fc.constant(fx.openB)), bad("unknown id", unknownId), bad("malformed id", fc.oneof(unstorable, fc.string({ minLength: 65, maxLength: 300 })))),
          body: jsonBody(answerFields(q, seqDefects(q))),
        })
        .filter((c) => defectsOf({ caller: c.caller, origin: c.origin, attempt: c.attempt, body: c.body }).length > 0),
    );
    await fuzz(
      "POST /api/attempts/[attemptId]/answers",
      cases,
      (c) => callRoute(POST as never, post(`/api/attempts/x/answers`, c), { attemptId: c.attempt.value }),
      (c, outcome) => {
        const defects = defectsOf({ caller: c.caller, origin: c.origin, attempt: c.attempt, body: c.body });
        if (defects.join() === "body (seq: stale)") {
          // A stale save is a lost race, not an error: 200 "stale" with the attempt's highest number, so the browser renumbers.
          expect(outcome).toMatchObject({ kind: "response", status: 200, body: { status: "stale" } });
          return;
        }
        expectRefusedResponse(outcome, defects.join("; "), jsonRouteStatus(c));
      },
    );
  });

  it("POST /api/attempts/[attemptId]/submit", async () => {
    const { POST } = await import("@/app/api/attempts/[attemptId]/submit/route");
    const anyObject = object({ score: part(fc.integer()), isCorrect: part(fc.boolean()) });
    const cases = fc
      .record({
        caller: studentCaller(),
        origin: origin(),
        attempt: part(fc.constant(fx.openA), bad("replayed: already submitted", fc.constant(fx.submittedA)), bad("another student's attempt", fc.constant(fx.openB)), bad("unknown id", unknownId), bad("malformed id", fc.oneof(unstorable, fc.string({ minLength: 65, maxLength: 300 })))),
        body: jsonBody(anyObject).filter((b) => b.defect !== null),
      })
      .filter((c) => defectsOf(c).length > 0);
    const result = await submitAttempt(fx.a.id, fx.submittedA);
    await fuzz(
      "POST /api/attempts/[attemptId]/submit",
      cases,
      (c) => callRoute(POST as never, post(`/api/attempts/x/submit`, c), { attemptId: c.attempt.value }),
      (c, outcome) => {
        const defects = defectsOf(c);
        if (defects.join() === "attempt (replayed: already submitted)") {
          // Submitting is idempotent: a replay gets the same result and changes nothing.
          expect(outcome).toMatchObject({ kind: "response", status: 200, body: JSON.parse(JSON.stringify(result)) });
          return;
        }
        expectRefusedResponse(outcome, defects.join("; "), jsonRouteStatus(c));
      },
    );
  });

  it("POST /api/guest/answers", async () => {
    const { POST } = await import("@/app/api/guest/answers/route");
    const cases = fc.constantFrom(...fx.current).chain((q) =>
      fc
        .record({
          caller: ok(fc.constantFrom<Caller>("anon", "a")),
          origin: origin(),
          body: jsonBody(
            object({
              questionVersionId: part(fc.constant(q.id), ...idDefects()),
              response: part(fc.constantFrom(rightResponse(q), wrongResponse(q)), ...responseDefects(q)),
            }),
          ),
          // Each case from its own address, so the guest rate limit (120 a minute) does not answer for the
          // validation; now and then an address that is no address (the client's own X-Forwarded-For is read),
          // which is no defect in itself.
          ip: ok(fc.oneof({ weight: 9, arbitrary: fc.ipV4() }, { weight: 1, arbitrary: fc.oneof(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 }), fc.constant("9".repeat(4000))) })),
        })
        .filter((c) => defectsOf(c).length > 0),
    );
    await fuzz(
      "POST /api/guest/answers",
      cases,
      (c) => callRoute(POST as never, post("/api/guest/answers", c, { "x-forwarded-for": c.ip.value })),
      (c, outcome) => expectRefusedResponse(outcome, defectsOf(c).join("; "), c.origin.defect ? 403 : c.body.defect === "too large" ? 413 : c.body.defect === "not JSON" ? 400 : undefined),
    );
  });

  const csv = (load: () => Promise<{ GET: unknown }>, path: string, param: "assignmentId" | "classId", own: () => string, other: () => string) =>
    it(`GET ${path}`, async () => {
      const { GET } = await load();
      const cases = fc
        .record({
          caller: rarely(fc.constant<Caller>("t"), bad("no session", fc.constant("anon")), bad("a student's session", fc.constant("a")), bad("a demoted teacher's old token", fc.constant("demoted")), bad("deleted account", fc.constant("ghost")), bad("forged session", fc.constant("forged"))),
          id: part(fc.constant(own()), bad("another teacher's", fc.constant(other())), bad("unknown id", unknownId), bad("malformed id", fc.oneof(unstorable, huge, fc.constant("")))),
          query: ok(fc.string({ maxLength: 30 })),
        })
        .filter((c) => defectsOf(c).length > 0);
      await fuzz(
        `GET ${path}`,
        cases,
        (c) => callRoute(GET as never, nextRequest(`${path.replace(`[${param}]`, "x")}?${encodeURIComponent(c.query.value)}`, { cookie: cookieOf(c.caller.value as Caller) }), { [param]: c.id.value }),
        (c, outcome) => expectRefusedResponse(outcome, defectsOf(c).join("; "), ["anon", "ghost", "forged"].includes(c.caller.value as string) ? 401 : 404),
      );
    });
  csv(() => import("@/app/api/assignments/[assignmentId]/questions/route"), "/api/assignments/[assignmentId]/questions", "assignmentId", () => fx.assignments.open, () => fx.assignments.other);
  csv(() => import("@/app/api/classes/[classId]/gradebook/route"), "/api/classes/[classId]/gradebook", "classId", () => fx.classT.id, () => fx.classU.id);

  it("GET /api/health and /api/health/live", async () => {
    const health = await import("@/app/api/health/route");
    const live = await import("@/app/api/health/live/route");
    // No input to refuse: whatever the query and the headers, they answer as a plain request does
    // (liveness 200; readiness whatever this database's state gives, see lib/ops/health.ts) and write nothing.
    const ready = await callRoute(health.GET as never, nextRequest("/api/health"));
    const cases = fc.record({ live: fc.boolean(), query: fc.string({ maxLength: 50 }), caller: fc.constantFrom<Caller>("anon", "a", "t", "forged"), junk: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), fc.string({ unit: "grapheme-ascii", maxLength: 40 }), { maxKeys: 3 }) });
    await fuzz(
      "GET /api/health, /api/health/live",
      cases,
      (c) => callRoute((c.live ? live.GET : health.GET) as never, nextRequest(`/api/health${c.live ? "/live" : ""}?${encodeURIComponent(c.query)}`, { cookie: cookieOf(c.caller), headers: { ...c.junk, "x-middleware-subrequest": "middleware" } })),
      (c, outcome) => expect(outcome).toMatchObject(c.live ? { kind: "response", status: 200, body: { ok: true } } : { kind: "response", status: (ready as { status: number }).status }),
    );
  });

  it("POST /api/auth/callback/credentials", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const email = part(fc.constant("fuzz-a@example.test"), bad("unknown account", fc.emailAddress()), bad("odd", fc.oneof(oddText, unstorable, huge)), bad("missing", fc.constant(MISSING)));
    const cases = fc
      .record({
        email,
        // Never A's password: each case is a failed sign-in, however its other parts look.
        password: bad("wrong password", fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), oddText, unstorable, huge, fc.constant(MISSING)).filter((p) => p !== PASSWORD)),
        csrf: part(fc.constant("valid"), bad("missing CSRF token", fc.constant("none")), bad("wrong CSRF token", fc.constant("wrong")), bad("no CSRF cookie", fc.constant("no-cookie"))),
        format: part(fc.constant("form"), bad("JSON body", fc.constant("json")), bad("garbage body", fc.constant("garbage"))),
        json: ok(fc.boolean()),
        // Mostly an address of its own; now and then the same one, which the rate limit then refuses, or junk.
        ip: ok(fc.oneof({ weight: 8, arbitrary: fc.ipV4() }, { weight: 2, arbitrary: fc.constant("198.51.100.7") }, { weight: 1, arbitrary: fc.constant("9".repeat(4000)) })),
      });
    await fuzz(
      "POST /api/auth/callback/credentials",
      cases,
      (c) => {
        const fields: Record<string, string> = { ...(c.csrf.value === "valid" ? { csrfToken: fx.csrf.token } : c.csrf.value === "wrong" ? { csrfToken: "0".repeat(64) } : {}), ...(c.json.value ? { json: "true" } : {}) };
        if (c.email.value !== MISSING) fields.email = c.email.value as string;
        if (c.password.value !== MISSING) fields.password = c.password.value as string;
        const body = c.format.value === "form" ? new URLSearchParams(fields).toString() : c.format.value === "json" ? JSON.stringify(fields) : "\u0000%%%=&&==";
        const request = nextRequest("/api/auth/callback/credentials", {
          method: "POST",
          cookie: c.csrf.value === "no-cookie" ? undefined : fx.csrf.cookie,
          headers: { "content-type": c.format.value === "json" ? "application/json" : "application/x-www-form-urlencoded", origin: ORIGIN, "x-forwarded-for": c.ip.value },
          body,
        });
        return callRoute(POST as never, request, { nextauth: ["callback", "credentials"] });
      },
      (c, outcome) => {
        // next-auth's own answers: 401 with the error page's URL, a redirect back to sign-in for a
        // missing CSRF token, or our 429. Never a session.
        const where = defectsOf(c).join("; ");
        expect(outcome.kind, where).toBe("response");
        const r = outcome as Extract<Outcome, { kind: "response" }>;
        expect(r.status, `${where}: ${short(r.body)}`).toBeLessThan(500);
        expect(r.setCookies.filter((s) => s.includes("session-token=") && !s.includes("session-token=;")), where).toEqual([]);
        if (r.status === 429) expectReadable((r.body as { error?: string }).error, where);
        else if (r.status === 401) expect(JSON.stringify(r.body), where).toMatch(/error=CredentialsSignin/);
        else expect([200, 302], `${where}: ${r.status}`).toContain(r.status);
      },
      Math.max(5, Math.ceil(RUNS / 2)),
    );
  });
});

// ---- Server actions ------------------------------------------------------------------------------------

/** The status a userAction must return for its caller: denied before the input is read, or for the input. */
const deniedFor = (caller: Part) => (caller.defect ? ("denied" as const) : undefined);

describe("server actions", { timeout: TIMEOUT }, () => {
  it("signUpAction", async () => {
    const { signUpAction } = await import("@/app/(auth)/sign-up/actions");
    const cases = object({
      name: part(legalText(80), ...textDefects(80)),
      email: part(fc.uuid().map((u) => `fuzz-new-${u}@example.test`), bad("taken", fc.constantFrom(fx.a.email.toUpperCase(), ` ${fx.t.email} `)), bad("not an email", fc.oneof(oddText, fc.constantFrom("a@", "@b.c", "a b@c.d", "a@b"))), bad("too long", fc.constant(`${"a".repeat(250)}@example.test`)), bad("unstorable", unstorable.map((s) => `a${s}b@example.test`)), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
      password: part(
        fc.string({ minLength: 12, maxLength: 64 }).filter((p) => !isCommonPassword(p)),
        bad("too short", fc.string({ maxLength: 7 })),
        bad("too long", fc.oneof(fc.string({ minLength: 257, maxLength: 400 }), huge)),
        bad("common", fc.constantFrom("password1", "12345678", "qwertyuiop", "iloveyou", "Password1", "sunshine", "football", "1qaz2wsx")),
        bad("wrong type", notAString),
        bad("missing", fc.constant(MISSING)),
      ),
      role: part(fc.constantFrom("STUDENT", "TEACHER"), bad("not a role", fc.oneof(fc.constantFrom("ADMIN", "admin", "student", ""), oddText)), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
    })
      .filter((p) => p.defect !== null)
      .map((p) => ({ input: p }));
    const whole = bad("not an object", notAnObject).map((p) => ({ input: p as Part<Record<string, unknown>> }));
    await fuzz(
      "signUpAction",
      fc.oneof({ weight: 8, arbitrary: cases }, { weight: 1, arbitrary: whole }),
      (c) => callServerAction(() => signUpAction(c.input.value)),
      (c, outcome) => expectRefusedAction(outcome, c.input.defect!, "invalid"),
    );
  });

  it("claimGuestProgressAction", async () => {
    const { claimGuestProgressAction } = await import("@/app/(auth)/sign-up/actions");
    const usedClaim = crypto.randomUUID();
    await callAction(() => claimGuestProgressAction({ claimId: usedClaim, answers: [{ questionVersionId: fx.current[0]!.id, response: rightResponse(fx.current[0]!), answeredAt: new Date().toISOString() }] }), fx.cookies.a);
    // Answers none of which can be added: to no question, or not fitting theirs.
    const item = fc.constantFrom(...fx.current).chain((q) =>
      fc.oneof(
        fc.record({ questionVersionId: unknownId.filter((s) => s.length <= 64), response: fc.constant<unknown>(rightResponse(q)), answeredAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) }),
        fc.record({ questionVersionId: fc.constant(q.id), response: fc.oneof(...responseDefects(q)).map((p) => p.value).filter((v) => v !== MISSING), answeredAt: fc.constant(new Date().toISOString()) }),
      ),
    );
    const cases = fc
      .record({
        caller: studentCaller(),
        body: actionBody({
          claimId: part(fc.uuid(), bad("already claimed", fc.constant(usedClaim)), bad("not a uuid", fc.oneof(oddText, unstorable, huge)), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
          answers: part(
            fc.array(fc.constantFrom(...fx.current).map((q) => ({ questionVersionId: q.id, response: rightResponse(q), answeredAt: new Date().toISOString() })), { minLength: 1, maxLength: 3 }),
            bad("none usable", fc.array(item, { maxLength: 5 })),
            bad("malformed item", fc.array(fc.record({ questionVersionId: fc.oneof(unstorable, notAString, fc.constant("")), response: fc.jsonValue(), answeredAt: fc.oneof(fc.string(), notAString) }), { minLength: 1, maxLength: 3 })),
            bad("more than 500", fc.constant(Array.from({ length: 501 }, () => ({ questionVersionId: fx.current[0]!.id, response: {}, answeredAt: new Date().toISOString() })))),
            bad("wrong type", notAString.filter((v) => !Array.isArray(v))),
            bad("missing", fc.constant(MISSING)),
          ),
        }),
      })
      .filter((c) => defectsOf(c).length > 0);
    await fuzz(
      "claimGuestProgressAction",
      cases,
      asCaller(claimGuestProgressAction),
      (c, outcome) => {
        const defects = defectsOf(c);
        if (defects.join() === "body (claimId: already claimed)") {
          // A claim sent again is refused by its id and changes nothing: the device may forget it.
          expect(outcome, defects.join()).toMatchObject({ kind: "action", result: { status: "ok", data: { claimed: false, attempts: 0, answers: 0 } } });
          return;
        }
        expectRefusedAction(outcome, defects.join("; "), deniedFor(c.caller));
      },
    );
  });

  it("startAttemptAction", async () => {
    const { startAttemptAction } = await import("@/app/(public)/lessons/[slug]/actions");
    const cases = fc
      .record({
        caller: studentCaller(),
        body: actionBody({
          quizSlug: part(fc.constant(PRACTICE), bad("unknown quiz", unknownId.filter((s) => !fx.slugs.includes(s))), bad("every attempt used", fc.constant(fx.exhaustedQuiz)), bad("malformed", fc.oneof(unstorable, huge, fc.constant(""))), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
          path: part(fc.constant(`/lessons/the-convention`), bad("not a lesson path", fc.oneof(oddText, fc.constantFrom("/teach", "https://evil.example/lessons/", "//evil.example"))), bad("too long", fc.constant(`/lessons/${"x".repeat(300)}`)), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
        }),
      })
      .filter((c) => defectsOf(c).length > 0);
    await fuzz(
      "startAttemptAction",
      cases,
      asCaller(startAttemptAction),
      (c, outcome) => expectRefusedAction(outcome, defectsOf(c).join("; "), deniedFor(c.caller)),
    );
  });

  it("startAssignmentAttemptAction", async () => {
    const { startAssignmentAttemptAction } = await import("@/app/(student)/assignments/actions");
    const cases = fc.record({
      caller: studentCaller(),
      body: actionBody({
        assignmentId: fc.oneof(
          bad("another class's assignment", fc.constant(fx.assignments.other)),
          bad("closed", fc.constant(fx.assignments.closed)),
          bad("not open yet", fc.constant(fx.assignments.future)),
          ...idDefects(),
        ),
      }),
    });
    await fuzz(
      "startAssignmentAttemptAction",
      cases,
      asCaller(startAssignmentAttemptAction),
      (c, outcome) => expectRefusedAction(outcome, defectsOf(c).join("; "), deniedFor(c.caller)),
    );
  });

  it("joinClassAction", async () => {
    const { joinClassAction } = await import("@/app/(student)/classes/actions");
    const cases = fc
      .record({
        caller: rarely(fc.constant<Caller>("a"), bad("a teacher's session", fc.constant("t")), bad("no session", fc.constant("anon")), bad("deleted account", fc.constant("ghost"))),
        body: actionBody({
          code: part(
            fc.constant(fx.classU.joinCode),
            bad("already a member", fc.constantFrom(fx.classT.joinCode, fx.classT.joinCode.toLowerCase(), `${fx.classT.joinCode.slice(0, 3)}-${fx.classT.joinCode.slice(3)}`)),
            bad("unknown code", fc.stringMatching(/^[A-HJ-KM-NP-Z2-9]{7}$/).filter((s) => s !== fx.classT.joinCode && s !== fx.classU.joinCode)),
            bad("not a code", fc.oneof(oddText.filter((s) => s.trim().length > 0 && s.length <= 20), unstorable.filter((s) => s.length <= 20))),
            ...textDefects(20),
          ),
        }),
      })
      .filter((c) => defectsOf(c).length > 0);
    await fuzz(
      "joinClassAction",
      cases,
      asCaller(joinClassAction),
      (c, outcome) => {
        const defects = defectsOf(c);
        if (defects.join() === "body (code: already a member)") {
          // Joining twice is harmless: the same class, nothing written.
          expect(outcome, defects.join()).toMatchObject({ kind: "action", result: { status: "ok", data: { classId: fx.classT.id } } });
          return;
        }
        expectRefusedAction(outcome, defects.join("; "), deniedFor(c.caller));
      },
    );
  });

  it("answerReviewAction", async () => {
    const { answerReviewAction } = await import("@/app/(student)/review/actions");
    const cases = fc.constantFrom(...fx.current).chain((q) =>
      fc
        .record({
          caller: studentCaller(),
          body: actionBody({ questionVersionId: part(fc.constant(q.id), ...idDefects()), response: part(fc.constantFrom(rightResponse(q), wrongResponse(q)), ...responseDefects(q)) }),
        })
        .filter((c) => defectsOf(c).length > 0),
    );
    await fuzz(
      "answerReviewAction",
      cases,
      asCaller(answerReviewAction),
      (c, outcome) => expectRefusedAction(outcome, defectsOf(c).join("; "), deniedFor(c.caller)),
    );
  });

  /** A teacher's action: the teacher with at least one defect in the payload, or anyone else with any payload. */
  async function teacherFuzz(name: string, action: (input: unknown) => Promise<unknown>, fields: Record<string, fc.Arbitrary<Part>>) {
    const cases = fc
      .record({ caller: teacherCaller(), body: actionBody(fields) })
      .filter((c) => defectsOf(c).length > 0);
    await fuzz(
      name,
      cases,
      asCaller(action),
      (c, outcome) => expectRefusedAction(outcome, defectsOf(c).join("; "), deniedFor(c.caller)),
    );
  }

  const classId = () => part(fc.constant(fx.classT.id), ...idDefects([fx.classU.id]));
  const assignmentId = () => part(fc.constant(fx.assignments.open), ...idDefects([fx.assignments.other]));
  const studentId = () => part(fc.constant(fx.a.id), bad("not in the class", fc.constantFrom(fx.b.id, fx.t.id)), ...idDefects());
  const instant = (from: number, to: number) => fc.integer({ min: from, max: to }).map((t) => new Date(t).toISOString());
  const badInstant = () => [bad("not a date", fc.oneof(oddText, fc.constantFrom("2026-13-45T25:61:00Z", "yesterday", "2026-02-30", "1e12"), unstorable)), bad("wrong type", fc.oneof(fc.integer(), fc.boolean(), fc.constant({}))), bad("missing", fc.constant(MISSING))];
  const reason = () => part(legalText(500, 3), ...textDefects(500, { min: 3 }));

  it("createClassAction", async () => {
    const { createClassAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("createClassAction", createClassAction, { name: part(legalText(80), ...textDefects(80)) });
  });

  it("createDraftAction", async () => {
    const { createDraftAction } = await import("@/app/(teacher)/teach/courses/actions");
    const missing = bad("missing", fc.constant(MISSING));
    await teacherFuzz("createDraftAction", createDraftAction, {
      title: part(legalText(120), ...textDefects(120)),
      articleTitle: part(legalText(300), ...textDefects(300)),
      articleSource: part(legalText(120), ...textDefects(120)),
      articleDate: part(fc.constant("2026-03-01"), bad("not a day", fc.oneof(fc.constantFrom("2026-02-30", "01.03.2026", "yesterday", "2026-3-1"), oddText)), bad("wrong type", notAString), missing),
      articleUrl: part(fc.constantFrom("https://example.org/a", "http://example.org/b?c=d"), bad("not a web address", fc.oneof(fc.constantFrom("example.org", "javascript:alert(1)", "ftp://example.org/a", "https://"), oddText)), bad("wrong type", notAString), missing),
      language: part(fc.constantFrom("en", "uk", "pt-BR"), bad("not a language code", fc.oneof(fc.constantFrom("English", "", "e", "EN"), oddText.filter((s) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.trim())))), bad("wrong type", notAString), missing),
      text: part(fc.constant("One.\n\nTwo."), bad("no text", fc.constantFrom("", " \n\n ", "\t")), bad("unstorable characters", unstorable), bad("too long", huge), bad("wrong type", notAString), missing),
    });
  });

  it("saveDraftEditAction", async () => {
    const { saveDraftEditAction } = await import("@/app/(teacher)/teach/courses/actions");
    const kinds = fc.constantFrom("merge", "split", "paragraph", "details", "fact", "lesson", "addSection", "section", "removeSection");
    await teacherFuzz("saveDraftEditAction", saveDraftEditAction, {
      draftId: part(fc.constant(fx.drafts.t), ...idDefects([fx.drafts.u])),
      revision: part(fc.constant(1), bad("not a revision", fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), notANumber)), bad("missing", fc.constant(MISSING))),
      edit: part(
        fc.constantFrom({ kind: "merge", n: 1 }, { kind: "split", n: 1, offset: 4 }, { kind: "paragraph", n: 2, text: "Three, edited." }, { kind: "details", field: "title", value: "New title" }, { kind: "addLesson", title: "L" }),
        bad("no such paragraph, fact, lesson or section", fc.constantFrom({ kind: "merge", n: 3 }, { kind: "paragraph", n: 9, text: "x" }, { kind: "fact", n: 1, field: "text", value: "x" }, { kind: "lesson", lesson: 1, field: "title", value: "x" }, { kind: "addSection", lesson: 1, heading: "h", sectionKind: "article" }, { kind: "section", lesson: 1, section: 1, field: "body", value: "x" }, { kind: "removeSection", lesson: 1, section: 1 })),
        bad("a split leaving nothing on one side", fc.constantFrom({ kind: "split", n: 1, offset: 99 }, { kind: "split", n: 2, offset: 6 }, { kind: "split", n: 1, offset: 0 })),
        bad("a bad value", fc.constantFrom({ kind: "details", field: "articleDate", value: "2026-02-30" }, { kind: "details", field: "articleUrl", value: "javascript:alert(1)" }, { kind: "paragraph", n: 1, text: " " }, { kind: "details", field: "title", value: "" })),
        bad("a field that is not one", fc.record({ kind: fc.constant("details"), field: fc.constantFrom("revision", "id", "authors", "__proto__"), value: fc.string() })),
        bad("an unknown kind or no kind", fc.oneof(fc.record({ kind: oddText, n: fc.integer() }), fc.record({ n: fc.integer() }))),
        bad("wrong shape", fc.oneof(notAnObject, fc.record({ kind: kinds, n: notANumber, text: notAString, value: notAString }))),
        bad("missing", fc.constant(MISSING)),
      ),
    });
  });

  it("setDraftSharedAction, copyDraftAction, deleteDraftAction, removeDraftAuthorAction and publishDraftAction", async () => {
    const { copyDraftAction, deleteDraftAction, publishDraftAction, removeDraftAuthorAction, setDraftSharedAction } = await import("@/app/(teacher)/teach/courses/actions");
    const draftId = () => part(fc.constant(fx.drafts.t), ...idDefects([fx.drafts.u]));
    await teacherFuzz("setDraftSharedAction", setDraftSharedAction, {
      draftId: draftId(),
      shared: part(fc.constantFrom("yes", "no"), bad("not yes or no", fc.oneof(oddText, fc.constantFrom("true", "Yes", ""))), bad("wrong type", fc.oneof(fc.boolean(), notAString)), bad("missing", fc.constant(MISSING))),
    });
    await teacherFuzz("copyDraftAction", copyDraftAction, { draftId: draftId() });
    await teacherFuzz("deleteDraftAction", deleteDraftAction, { draftId: draftId() });
    await teacherFuzz("removeDraftAuthorAction", removeDraftAuthorAction, {
      draftId: draftId(),
      authorId: part(fc.constant(fx.t.id), bad("not an author", fc.constantFrom(fx.u.id, fx.a.id)), ...idDefects()),
    });
    await teacherFuzz("publishDraftAction", publishDraftAction, {
      draftId: draftId(),
      revision: part(fc.constant(1), bad("not a revision", fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), notANumber)), bad("missing", fc.constant(MISSING))),
      regrade: part(fc.constantFrom("yes", "no"), bad("not yes or no", fc.oneof(oddText, fc.constantFrom("true", "Yes", ""))), bad("wrong type", fc.oneof(fc.boolean(), notAString)), bad("missing", fc.constant(MISSING))),
    });
  });

  it("regenerateJoinCodeAction", async () => {
    const { regenerateJoinCodeAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("regenerateJoinCodeAction", regenerateJoinCodeAction, { classId: classId() });
  });

  it("removeStudentAction", async () => {
    const { removeStudentAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("removeStudentAction", removeStudentAction, { classId: classId(), studentId: studentId() });
  });

  it("addCoTeacherAction", async () => {
    const { addCoTeacherAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("addCoTeacherAction", addCoTeacherAction, {
      classId: classId(),
      email: part(fc.constant(fx.u.email), bad("a student's email", fc.constant(fx.a.email)), bad("no such account", fc.emailAddress()), bad("not an email", fc.oneof(oddText, unstorable.map((s) => `a${s}b`), huge)), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
    });
  });

  it("createAssignmentAction", async () => {
    const { createAssignmentAction } = await import("@/app/(teacher)/teach/actions");
    const now = Date.now();
    await teacherFuzz("createAssignmentAction", createAssignmentAction, {
      classId: classId(),
      quizSlug: part(fc.constant(CHECK), bad("unknown quiz", unknownId.filter((s) => s.length <= 100 && !fx.slugs.includes(s))), bad("malformed", fc.oneof(unstorable, huge, fc.constant(""))), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
      title: part(legalText(120), ...textDefects(120)),
      openAt: part(instant(now - DAY, now), ...badInstant()),
      dueAt: part(instant(now + 2 * DAY, now + 9 * DAY), bad("before it opens", instant(now - 10 * DAY, now - 2 * DAY)), ...badInstant()),
      closeAt: part(fc.constantFrom(null, new Date(now + 10 * DAY).toISOString()), bad("before it is due", instant(now - DAY, now + DAY)), bad("not a date", fc.oneof(oddText, notANumber.filter((v) => v !== null)))),
      attemptsAllowed: part(fc.integer({ min: 1, max: 10 }), bad("out of range", fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 11 }))), bad("not whole", fc.double({ noInteger: true })), bad("wrong type", notANumber), bad("missing", fc.constant(MISSING))),
      scoringRule: part(fc.constantFrom("BEST", "LAST", "AVERAGE"), bad("not a rule", oddText), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
      timeLimitMin: part(fc.constantFrom(null, 30), bad("out of range", fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 601 }))), bad("not whole", fc.double({ noInteger: true })), bad("wrong type", notANumber.filter((v) => v !== null)), bad("missing", fc.constant(MISSING))),
      feedbackPolicy: part(fc.constantFrom("AFTER_EACH", "AFTER_SUBMIT", "AFTER_DUE"), bad("not a policy", oddText), bad("wrong type", notAString), bad("missing", fc.constant(MISSING))),
      studentIds: part(
        fc.constantFrom(null, [fx.a.id]),
        bad("none chosen", fc.constant([])),
        bad("not in the class", fc.constantFrom([fx.b.id], [fx.a.id, fx.b.id], [fx.t.id])),
        bad("unknown ids", fc.array(unknownId.filter((s) => s.length <= 64), { minLength: 1, maxLength: 3 })),
        bad("malformed ids", fc.array(fc.oneof(unstorable, notAString, huge), { minLength: 1, maxLength: 3 })),
        bad("too many", fc.constant(Array.from({ length: 5001 }, (_, i) => `s${i}`))),
        bad("wrong type", notAString.filter((v) => v !== null && !Array.isArray(v))),
        bad("missing", fc.constant(MISSING)),
      ),
    });
  });

  it("setExtensionAction", async () => {
    const { setExtensionAction } = await import("@/app/(teacher)/teach/actions");
    const due = Date.now() + 7 * DAY;
    await teacherFuzz("setExtensionAction", setExtensionAction, {
      assignmentId: assignmentId(),
      studentId: studentId(),
      dueAt: part(fc.constantFrom(null, new Date(due + DAY).toISOString()), bad("not after the due date", instant(due - 30 * DAY, due - DAY)), ...badInstant()),
      extraTimeMin: part(fc.integer({ min: 0, max: 600 }), bad("out of range", fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 601 }))), bad("not whole", fc.double({ noInteger: true })), bad("wrong type", notANumber), bad("missing", fc.constant(MISSING))),
      extraAttempts: part(fc.integer({ min: 0, max: 10 }), bad("out of range", fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 11 }))), bad("not whole", fc.double({ noInteger: true })), bad("wrong type", notANumber), bad("missing", fc.constant(MISSING))),
    });
  });

  it("overrideGradeAction", async () => {
    const { overrideGradeAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("overrideGradeAction", overrideGradeAction, {
      assignmentId: assignmentId(),
      studentId: studentId(),
      percent: part(fc.double({ min: 0, max: 100, noNaN: true }), bad("no override to remove", fc.constant(null)), bad("out of range", fc.oneof(fc.double({ max: -0.001, noNaN: true }), fc.double({ min: 100.001, noNaN: true }))), bad("wrong type", notANumber.filter((v) => v !== null)), bad("missing", fc.constant(MISSING))),
      reason: reason(),
    });
  });

  it("voidQuestionAction", async () => {
    const { voidQuestionAction } = await import("@/app/(teacher)/teach/actions");
    await teacherFuzz("voidQuestionAction", voidQuestionAction, {
      assignmentId: assignmentId(),
      questionId: part(fc.constantFrom(...fx.questionIds.inQuiz), bad("of another lesson", fc.constantFrom(...fx.questionIds.other)), ...idDefects()),
      mode: part(fc.constantFrom("FULL_CREDIT", "EXCLUDE"), bad("nothing to restore", fc.constant(null)), bad("not a mode", oddText), bad("wrong type", fc.oneof(fc.integer(), fc.boolean())), bad("missing", fc.constant(MISSING))),
      reason: reason(),
    });
  });

  it("signOutAction", async () => {
    const { signOutAction } = await import("@/lib/auth/sign-out");
    // No input: whatever it is called with and by whom, it clears the session cookie, redirects home and writes nothing.
    const cases = fc.record({ caller: fc.constantFrom<Caller>("anon", "a", "t", "ghost", "forged"), args: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) });
    await fuzz(
      "signOutAction",
      cases,
      (c) => callServerAction(() => (signOutAction as (...args: unknown[]) => Promise<never>)(...c.args), cookieOf(c.caller)),
      (c, outcome) => {
        expect(outcome.kind).toBe("throw");
        expect((outcome as { error: { digest?: string } }).error.digest).toMatch(/^NEXT_REDIRECT;replace;\/;307;/);
        if (c.caller !== "anon") expect(outcome.setCookies.some((s) => /^next-auth\.session-token=;/.test(s))).toBe(true);
      },
    );
  });
});
