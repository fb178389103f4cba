// Part of `npm run bench` (scripts/bench.mjs, scenario "dashboard"): fills a SQLite benchmark
// database with a class of 1,000 students and a growing number of stored answers, then measures
// the dashboard's data layer in process (SQL statements per read, and time). Prints one JSON line.
//
//   npx tsx --conditions=react-server scripts/bench/dashboard-data.ts '{"password": "…", "init": true, "to": 10000, "measure": true, "runs": 5}'
//   or one such JSON object per line on standard input (bench.mjs keeps one process for every step)
//
// init  creates the teacher, the class of 1,000 with ten assignments (lesson checks, ten attempts
//       allowed, best counts) through the real data layer, and a class of 100 with one assignment
//       for the statement counts at two class sizes. One attempt of the class of 100 is worked
//       through the real attempt functions (start, save, submit): it is the template that the
//       synthetic rows are checked against.
// to    fills the class of 1,000 up to that many answers, 10,000 at a time: one "unit" is one
//       submitted attempt per student at one assignment, with 10 graded answers each. Units go
//       assignment 1..10 with one attempt each, then a second attempt at each, and so on, so
//         10k answers = assignment 1 done once by everyone, the other nine not started,
//        100k answers = all ten assignments done once,
//          1M answers = all ten done ten times (the report then reads ten attempts per student).
//       The gradebook shows the same 1,000 × 10 grid at every size.
//
// Filling a million answers through the attempt functions would take hours, so the units are
// written with multi-row INSERTs in one transaction per unit, column for column as Prisma
// writes them (see `storage` below): each attempt SUBMITTED and scored, progress applied, its
// question slots, its answers graded (score, isCorrect, gradedAt) with responses that the app's
// own grader graded, and the review items the roll-up would have made for wrong answers (the
// gradebook page reads them). Mastery and lesson progress are not written: no teacher page reads them.
import { randomBytes, randomInt } from "node:crypto";
import { createInterface } from "node:readline";
import { createAssignment } from "@/lib/assignments/mutations";
import { getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { hashPassword } from "@/lib/auth/password";
import { countQueries, db } from "@/lib/db";
import { env } from "@/lib/env";
import { finaliseAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAssignmentAttempt } from "@/lib/attempts/start";
import { CURRENT_VERSION, toKeyedQuestion } from "@/lib/quiz/rows";
import { shuffledChoiceIds } from "@/lib/quiz/stored";
import { keyedQuestions } from "../../tests/support/quiz";
import { responsePair, type ResponsePair } from "./responses";

const QUIZZES = ["the-convention-check", "withdrawal-check", "military-arguments-check", "humanitarian-arguments-check", "other-withdrawals-check", "the-debate-check"];
const CLASS_SIZE = 1000;
const SMALL_CLASS_SIZE = 100;
const ASSIGNMENTS = 10;
const ATTEMPTS_ALLOWED = 10;
const ANSWERS_PER_ATTEMPT = 10;
const UNIT = CLASS_SIZE * ANSWERS_PER_ATTEMPT;
const DAY = 86_400_000;
const TEACHER_EMAIL = "bench-dashboard-teacher@example.test";
// Every assignment is over: it opened at BASE + 6 days × i and was due five days later.
const BASE = new Date(Date.now() - 90 * DAY);
const openAt = (i: number) => new Date(BASE.getTime() + i * 6 * DAY);
const dueAt = (i: number) => new Date(openAt(i).getTime() + 5 * DAY);

type Args = { password: string; init?: boolean; to?: number; measure?: boolean; runs?: number };
type Version = { id: string; version: number; questionId: string; points: number; choiceIds: string[] };

// Like Prisma's cuid(): a time prefix, then a counter and randomness, so ids grow over time
// and each index takes new rows at its end, as it does for the app's own inserts.
let idCounter = 0;
const idPrefix = `c${Date.now().toString(36).padStart(9, "0")}`;
const newId = () => `${idPrefix}${(idCounter++).toString(36).padStart(6, "0")}${randomBytes(5).toString("hex")}`;
const text = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * How Prisma stores a DateTime and a Boolean in this SQLite database, read back from the
 * template attempt that the real functions wrote, and checked against the Date we gave them.
 */
async function storage(templateAttemptId: string, submittedAt: Date) {
  const [attempt] = await db.$queryRawUnsafe<{ submittedAt: unknown; kind: string }[]>(`SELECT CAST("submittedAt" AS TEXT) AS "submittedAt", typeof("submittedAt") AS kind FROM "Attempt" WHERE "id" = '${templateAttemptId}'`);
  const [answer] = await db.$queryRawUnsafe<{ isCorrect: unknown; kind: string }[]>(`SELECT CAST("isCorrect" AS TEXT) AS "isCorrect", typeof("isCorrect") AS kind FROM "Answer" WHERE "attemptId" = '${templateAttemptId}' LIMIT 1`);
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  if (attempt?.kind !== "text" || attempt.submittedAt !== iso(submittedAt))
    throw new Error(`Prisma stored a DateTime as ${attempt?.kind} ${String(attempt?.submittedAt)}; the bench writes ${iso(submittedAt)}: update dashboard-data.ts`);
  if (answer?.kind !== "integer" || !["0", "1"].includes(String(answer.isCorrect))) throw new Error(`Prisma stored a Boolean as ${answer?.kind} ${String(answer?.isCorrect)}: update dashboard-data.ts`);
  return { date: (d: Date) => text(iso(d)), bool: (b: boolean) => (b ? "1" : "0") };
}

/** Each quiz's current question versions with a right and a wrong graded response. */
async function questionBank() {
  const pairs = new Map<string, ResponsePair>();
  const bank = new Map<string, { quizId: string; versions: Version[] }>();
  for (const slug of QUIZZES) {
    const quiz = await db.quiz.findUniqueOrThrow({ where: { slug }, select: { id: true, lessonId: true } });
    const questions = await db.question.findMany({
      where: { lessonId: quiz.lessonId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, versions: { ...CURRENT_VERSION, select: { id: true, version: true, type: true, content: true, answerKey: true, points: true } } },
    });
    const versions = questions.map((q) => {
      const v = q.versions[0]!;
      const keyed = toKeyedQuestion(v);
      pairs.set(v.id, responsePair({ ...keyed, id: v.id, points: v.points }));
      const choiceIds = shuffledChoiceIds(keyed);
      return { id: v.id, version: v.version, questionId: q.id, points: v.points, choiceIds };
    });
    bank.set(slug, { quizId: quiz.id, versions });
  }
  return { pairs, bank };
}

async function createClass(name: string, size: number, teacherId: string, tag: string, passwordHash: string) {
  const cls = await db.class.create({ data: { name, joinCode: `D${tag}`.padEnd(7, "X").slice(0, 7), members: { create: { userId: teacherId, role: "TEACHER" } } } });
  const emails = Array.from({ length: size }, (_, i) => `bench-dash-${tag}-${i}@example.test`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `Student ${tag} ${String(i).padStart(4, "0")}`, passwordHash })) });
  const students = await db.user.findMany({ where: { email: { startsWith: `bench-dash-${tag}-` } }, orderBy: { email: "asc" }, select: { id: true } });
  await db.classMembership.createMany({ data: students.map((s) => ({ classId: cls.id, userId: s.id, role: "STUDENT" as const })) });
  return { id: cls.id, students: students.map((s) => s.id) };
}

const assignmentInput = (classId: string, i: number) => ({
  classId,
  quizSlug: QUIZZES[i % QUIZZES.length]!,
  title: `Check ${String(i + 1).padStart(2, "0")}`,
  openAt: openAt(i),
  dueAt: dueAt(i),
  closeAt: null,
  attemptsAllowed: ATTEMPTS_ALLOWED,
  scoringRule: "BEST" as const,
  timeLimitSec: null,
  feedbackPolicy: "AFTER_SUBMIT" as const,
  studentIds: null,
});

async function init(password: string) {
  const passwordHash = await hashPassword(password);
  const teacher = await db.user.create({ data: { email: TEACHER_EMAIL, name: "Bench Teacher", role: "TEACHER", passwordHash } });
  const big = await createClass("Bench 1,000", CLASS_SIZE, teacher.id, "big", passwordHash);
  for (let i = 0; i < ASSIGNMENTS; i++) await createAssignment(teacher.id, assignmentInput(big.id, i));
  const small = await createClass("Bench 100", SMALL_CLASS_SIZE, teacher.id, "small", passwordHash);
  const { id: smallAssignment } = await createAssignment(teacher.id, assignmentInput(small.id, 0));

  // The template: one attempt worked through the real attempt functions.
  const student = small.students[0]!;
  const startedAt = new Date(openAt(0).getTime() + DAY);
  const attemptId = await startAssignmentAttempt(student, smallAssignment, startedAt);
  const keyed = await keyedQuestions(attemptId);
  for (const [i, q] of keyed.slice(0, ANSWERS_PER_ATTEMPT).entries()) {
    const pair = responsePair(q);
    await saveAnswer(student, attemptId, q.id, (i % 3 ? pair.right : pair.wrong).response, i + 1, new Date(startedAt.getTime() + (i + 1) * 60_000));
  }
  await finaliseAttempt(attemptId, new Date(startedAt.getTime() + 20 * 60_000));
  return { teacherId: teacher.id, templateAttemptId: attemptId };
}

/** Writes one unit: a submitted attempt for each student at the assignment, with its slots, graded answers and review items. */
async function writeUnit(
  students: string[],
  assignment: { id: string; index: number },
  round: number,
  quiz: { quizId: string; versions: Version[] },
  pairs: Map<string, ResponsePair>,
  store: Awaited<ReturnType<typeof storage>>,
) {
  const attempts: string[] = [];
  const slots: string[] = [];
  const answers: string[] = [];
  const reviews: string[] = [];
  const maxScore = quiz.versions.reduce((sum, v) => sum + v.points, 0);
  for (const [s, userId] of students.entries()) {
    const attemptId = newId();
    const startedAt = new Date(openAt(assignment.index).getTime() + round * 10 * 3_600_000 + randomInt(8 * 3_600_000));
    const submittedAt = new Date(startedAt.getTime() + (15 + randomInt(10)) * 60_000);
    // Each attempt shows every question, in an order of its own.
    const shift = randomInt(quiz.versions.length);
    const shown = quiz.versions.map((_, i) => quiz.versions[(i + shift) % quiz.versions.length]!);
    // Students differ in ability, from about 35 % to 95 % right.
    const ability = 35 + Math.floor((60 * s) / students.length);
    let score = 0;
    for (const [i, v] of shown.entries()) {
      slots.push(`(${text(newId())}, ${text(attemptId)}, ${text(v.id)}, ${i + 1}, ${text(JSON.stringify(v.choiceIds))})`);
      if (i >= ANSWERS_PER_ATTEMPT) continue;
      const right = randomInt(100) < ability;
      const given = right ? pairs.get(v.id)!.right : pairs.get(v.id)!.wrong;
      const savedAt = new Date(startedAt.getTime() + (i + 1) * 60_000);
      score += given.score;
      answers.push(
        `(${text(newId())}, ${text(attemptId)}, ${text(v.id)}, ${text(JSON.stringify(given.response))}, ${i + 1}, ${store.date(savedAt)}, ${given.score}, ${store.bool(given.correct)}, 1, ${store.date(submittedAt)})`,
      );
      if (!given.correct) reviews.push(`(${text(newId())}, ${text(userId)}, ${text(v.questionId)}, 1, ${store.date(new Date(submittedAt.getTime() + DAY))}, NULL, 0, ${v.version}, ${store.date(submittedAt)})`);
    }
    attempts.push(
      `(${text(attemptId)}, ${text(quiz.quizId)}, ${text(userId)}, ${text(assignment.id)}, 'SUBMITTED', NULL, ${randomInt(2 ** 31)}, ${store.date(startedAt)}, NULL, ${store.date(submittedAt)}, ${ANSWERS_PER_ATTEMPT}, ${score}, ${maxScore}, ${store.date(submittedAt)})`,
    );
  }
  const chunks = (rows: string[], head: string, tail = "") => {
    const out: string[] = [];
    for (let i = 0; i < rows.length; i += 1000) out.push(`${head} VALUES ${rows.slice(i, i + 1000).join(", ")}${tail}`);
    return out;
  };
  const statements = [
    ...chunks(attempts, `INSERT INTO "Attempt" ("id", "quizId", "userId", "assignmentId", "status", "openSlot", "seed", "startedAt", "deadline", "submittedAt", "lastSeq", "score", "maxScore", "progressAppliedAt")`),
    ...chunks(slots, `INSERT INTO "AttemptQuestion" ("id", "attemptId", "questionVersionId", "position", "choiceOrder")`),
    ...chunks(answers, `INSERT INTO "Answer" ("id", "attemptId", "questionVersionId", "response", "seq", "savedAt", "score", "isCorrect", "tries", "gradedAt")`),
    ...chunks(reviews, `INSERT INTO "ReviewItem" ("id", "userId", "questionId", "box", "dueAt", "lastReviewedAt", "lapses", "version", "createdAt")`, ` ON CONFLICT ("userId", "questionId") DO NOTHING`),
  ];
  await db.$transaction(
    async (tx) => {
      // A bigger page cache for this connection only: a million rows do not fit SQLite's default 2 MB.
      await tx.$queryRawUnsafe("PRAGMA cache_size = -262144");
      for (const sql of statements) await tx.$executeRawUnsafe(sql);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return attempts.length;
}

/** Checks that Prisma reads a synthetic attempt back as it reads the template, column for column. */
async function checkShape(templateAttemptId: string, syntheticAttemptId: string) {
  const read = (id: string) =>
    db.attempt.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        openSlot: true,
        startedAt: true,
        deadline: true,
        submittedAt: true,
        lastSeq: true,
        score: true,
        maxScore: true,
        progressAppliedAt: true,
        questions: { take: 1, select: { position: true, choiceOrder: true } },
        answers: { take: 1, select: { response: true, seq: true, savedAt: true, score: true, isCorrect: true, tries: true, gradedAt: true } },
      },
    });
  // JSON columns are compared by their top-level kind: the two attempts show different questions.
  const kinds = (value: unknown, json = false): unknown =>
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? "invalid date"
        : "date"
      : Array.isArray(value)
        ? json
          ? "json array"
          : value.slice(0, 1).map((v) => kinds(v))
        : value && typeof value === "object"
          ? json
            ? "json object"
            : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, kinds(v, k === "response" || k === "choiceOrder")]))
          : typeof value;
  const [template, synthetic] = [kinds(await read(templateAttemptId)), kinds(await read(syntheticAttemptId))];
  if (JSON.stringify(template) !== JSON.stringify(synthetic))
    throw new Error(`synthetic rows do not read back like the real ones:\n real      ${JSON.stringify(template)}\n synthetic ${JSON.stringify(synthetic)}`);
}

async function measure<T>(work: () => Promise<T>, runs: number) {
  const { queries } = await countQueries(work);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { queries, medianMs: Math.round(times[Math.floor(runs / 2)]! * 10) / 10 };
}

async function step(args: Args) {
  if (env.provider !== "sqlite") throw new Error("the dashboard data is written for SQLite");
  const runs = args.runs ?? 5;
  if (args.init) await init(args.password);

  const teacher = await db.user.findUniqueOrThrow({ where: { email: TEACHER_EMAIL }, select: { id: true } });
  const template = await db.attempt.findFirstOrThrow({ where: { assignment: { class: { name: "Bench 100" } } }, orderBy: { startedAt: "asc" }, select: { id: true, submittedAt: true } });
  const store = await storage(template.id, template.submittedAt!);
  const { pairs, bank } = await questionBank();
  const classOf = async (name: string) => {
    const cls = await db.class.findFirstOrThrow({ where: { name }, select: { id: true, assignments: { orderBy: { openAt: "asc" }, select: { id: true, quiz: { select: { slug: true } } } } } });
    const members = await db.classMembership.findMany({ where: { classId: cls.id, role: "STUDENT" }, orderBy: { user: { email: "asc" } }, select: { userId: true } });
    return { ...cls, students: members.map((m) => m.userId) };
  };
  const big = await classOf("Bench 1,000");

  const small = await classOf("Bench 100");
  // The class of 100: everyone but the template's student submits once, through the same bulk path.
  if (args.init) await writeUnit(small.students.slice(1), { id: small.assignments[0]!.id, index: 0 }, 0, bank.get(small.assignments[0]!.quiz.slug)!, pairs, store);

  const started = performance.now();
  let units = Math.round((await db.answer.count({ where: { attempt: { assignment: { classId: big.id } } } })) / UNIT);
  let checked = false;
  while (units * UNIT < (args.to ?? 0)) {
    const index = units % ASSIGNMENTS;
    const round = Math.floor(units / ASSIGNMENTS);
    const assignment = big.assignments[index]!;
    await writeUnit(big.students, { id: assignment.id, index }, round, bank.get(assignment.quiz.slug)!, pairs, store);
    if (!checked) {
      const one = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id }, select: { id: true } });
      await checkShape(template.id, one.id);
      checked = true;
    }
    units++;
  }
  // Measure a database at rest: the rows written above moved from the write-ahead log into the file.
  if (performance.now() - started > 100) await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  const fillSeconds = Math.round((performance.now() - started) / 100) / 10;

  const reportAssignment = big.assignments[0]!.id;
  const book = await getGradebook(teacher.id, big.id);
  const submittedCells = book!.rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.grade).length, 0);
  const expectedCells = Math.min(units, ASSIGNMENTS) * CLASS_SIZE;
  if (submittedCells !== expectedCells) throw new Error(`the gradebook shows ${submittedCells} graded cells, expected ${expectedCells}`);

  const measured = args.measure
    ? {
        gradebook: await measure(() => getGradebook(teacher.id, big.id), runs),
        report: await measure(() => getAssignmentReport(teacher.id, reportAssignment), runs),
        small: {
          gradebook: await measure(() => getGradebook(teacher.id, small.id), runs),
          report: await measure(() => getAssignmentReport(teacher.id, small.assignments[0]!.id), runs),
        },
      }
    : {};
  return JSON.stringify({
    teacherEmail: TEACHER_EMAIL,
    classId: big.id,
    assignmentId: reportAssignment,
    fillSeconds,
    classAnswers: units * UNIT,
    storedAnswers: await db.answer.count(),
    attempts: await db.attempt.count({ where: { assignment: { classId: big.id } } }),
    gradedCells: submittedCells,
    ...measured,
  });
}

/** One step from the command line, or one step per line of standard input, each answered with one line. */
async function main() {
  if (process.argv[2]) return console.log(await step(JSON.parse(process.argv[2]) as Args));
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) console.log(await step(JSON.parse(line) as Args));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
