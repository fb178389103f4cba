// What `npm run bench` sent and what the server acknowledged, and the checks that compare it
// with the database afterwards: a save the server answered 200 "saved" must be in the database
// with that sequence number or a later one, and nothing may be stored or counted twice.
import Database from "better-sqlite3";
import pg from "pg";

/** Latencies, statuses and socket errors of one measured run. */
export class Tally {
  constructor() {
    this.latencies = [];
    this.statuses = {};
    this.socketErrors = {};
    this.saved = 0;
    this.stale = 0;
    this.refused = 0;
    this.resent = 0;
    this.retried = 0;
    this.started = performance.now();
    this.ended = this.started;
  }
  status(code, ms) {
    this.latencies.push(ms);
    this.statuses[code] = (this.statuses[code] ?? 0) + 1;
  }
  socketError(code, n = 1) {
    this.socketErrors[code] = (this.socketErrors[code] ?? 0) + n;
  }
  end() {
    this.ended = performance.now();
    return this;
  }
  get seconds() {
    return (this.ended - this.started) / 1000;
  }
}

/** Nearest-rank percentile of unsorted numbers. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The row figures of a tally: rps, p50/p95/p99, and the errors listed by status. */
export function summarise(tally, { expect = [200] } = {}) {
  const errors = {};
  for (const [code, n] of Object.entries(tally.statuses)) if (!expect.includes(Number(code))) errors[code] = n;
  for (const [code, n] of Object.entries(tally.socketErrors)) errors[code] = (errors[code] ?? 0) + n;
  const responses = tally.latencies.length;
  const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    requests: responses,
    rps: Math.round(responses / tally.seconds),
    p50: round(percentile(tally.latencies, 50)),
    p95: round(percentile(tally.latencies, 95)),
    p99: round(percentile(tally.latencies, 99)),
    errors,
    errorCount: Object.values(errors).reduce((a, b) => a + b, 0),
  };
}

/**
 * The save traffic of a set of attempts: each slot is one signed-in student in one open attempt.
 * Every save goes to the slot's next question with the slot's next sequence number, so each
 * question sees increasing numbers; odd numbers send the right response, even ones the wrong
 * one, so the stored row tells which save it came from.
 */
export class Ledger {
  constructor(questions) {
    this.questions = questions;
    /** attemptId → questionVersionId → highest seq acknowledged as "saved". */
    this.acked = new Map();
  }

  next(slot) {
    const questionVersionId = slot.questionIds[slot.n++ % slot.questionIds.length];
    const seq = ++slot.seq;
    const pair = this.questions[questionVersionId];
    return { questionVersionId, seq, response: (seq % 2 ? pair.right : pair.wrong).response };
  }

  /** Records the server's answer to a save; returns "saved", "stale" or "refused". */
  record(slot, sent, status, json, tally) {
    if (status === 200 && json?.status === "saved" && json.seq === sent.seq) {
      const perAttempt = this.acked.get(slot.attemptId) ?? new Map();
      perAttempt.set(sent.questionVersionId, Math.max(perAttempt.get(sent.questionVersionId) ?? 0, sent.seq));
      this.acked.set(slot.attemptId, perAttempt);
      tally.saved++;
      return "saved";
    }
    if (status === 200 && json?.status === "stale") {
      tally.stale++;
      return "stale";
    }
    if (status >= 400 && status < 500) tally.refused++;
    return "refused";
  }

  expectedCorrect(questionVersionId, seq) {
    const pair = this.questions[questionVersionId];
    return (seq % 2 ? pair.right : pair.wrong).correct;
  }
}

/** Reads the benchmark's database: SQLite through better-sqlite3 (read-only), or PostgreSQL. */
export async function openReader({ provider, file, url }) {
  if (provider === "sqlite") {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    return { all: async (sql) => sqlite.prepare(sql).all(), close: async () => sqlite.close() };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { all: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}

const idList = (ids) => {
  for (const id of ids) if (!/^[a-z0-9]+$/i.test(id)) throw new Error(`unexpected id ${id}`);
  return ids.map((id) => `'${id}'`).join(", ");
};

/**
 * Lost and duplicated answers of the ledger's attempts, counted from the database:
 * lost = an acknowledged save whose row is missing, has a lower seq, or holds another save's response;
 * duplicated = more than one row for one question of one attempt.
 */
export async function checkAnswers(reader, ledger) {
  const attemptIds = [...ledger.acked.keys()];
  let lost = 0;
  let duplicated = 0;
  let checked = 0;
  for (let i = 0; i < attemptIds.length; i += 500) {
    const ids = idList(attemptIds.slice(i, i + 500));
    const rows = await reader.all(`SELECT "attemptId", "questionVersionId", "seq", "isCorrect" FROM "Answer" WHERE "attemptId" IN (${ids})`);
    const stored = new Map();
    for (const r of rows) {
      const key = `${r.attemptId}:${r.questionVersionId}`;
      if (stored.has(key)) duplicated++;
      stored.set(key, r);
    }
    for (const attemptId of attemptIds.slice(i, i + 500))
      for (const [questionVersionId, seq] of ledger.acked.get(attemptId)) {
        checked++;
        const row = stored.get(`${attemptId}:${questionVersionId}`);
        const seqStored = row ? Number(row.seq) : 0;
        if (!row || seqStored < seq) lost++;
        else if (seqStored === seq && Boolean(Number(row.isCorrect)) !== ledger.expectedCorrect(questionVersionId, seq)) lost++;
      }
  }
  return { checked, lost, duplicated };
}

/**
 * The submitted attempts of the students behind `attemptIds`, at the same quizzes: each student
 * must have exactly one SUBMITTED attempt there (more is a duplicate), scored as the sum of its
 * graded answers (an answer counted twice, or not at all, shows as a mismatch).
 */
export async function checkSubmitted(reader, attemptIds) {
  let submitted = 0;
  let open = 0;
  let duplicated = 0;
  let scoreMismatches = 0;
  let ungraded = 0;
  let answers = 0;
  const scores = new Map();
  for (let i = 0; i < attemptIds.length; i += 500) {
    const ids = idList(attemptIds.slice(i, i + 500));
    const rows = await reader.all(
      `SELECT a."id", a."userId", a."quizId", a."status", a."score", a."maxScore",
              (SELECT COALESCE(SUM(s."score"), 0) FROM "Answer" s WHERE s."attemptId" = a."id") AS "answerSum",
              (SELECT COUNT(*) FROM "Answer" s WHERE s."attemptId" = a."id" AND s."gradedAt" IS NULL) AS "ungraded",
              (SELECT COUNT(*) FROM "Answer" s WHERE s."attemptId" = a."id") AS "answers"
         FROM "Attempt" a
        WHERE a."assignmentId" IS NULL
          AND a."userId" IN (SELECT b."userId" FROM "Attempt" b WHERE b."id" IN (${ids}))
          AND a."quizId" IN (SELECT b."quizId" FROM "Attempt" b WHERE b."id" IN (${ids}))`,
    );
    const perStudent = new Map();
    for (const r of rows) {
      if (r.status === "IN_PROGRESS") {
        open++;
        continue;
      }
      submitted++;
      const key = `${r.userId}:${r.quizId}`;
      perStudent.set(key, (perStudent.get(key) ?? 0) + 1);
      if (Math.abs(Number(r.score) - Number(r.answerSum)) > 1e-9) scoreMismatches++;
      ungraded += Number(r.ungraded);
      answers += Number(r.answers);
      scores.set(r.id, { score: Number(r.score), maxScore: Number(r.maxScore) });
    }
    for (const n of perStudent.values()) if (n > 1) duplicated += n - 1;
  }
  return { submitted, open, duplicated, scoreMismatches, ungraded, answers, scores };
}
