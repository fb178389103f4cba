// Many students at once for the end-to-end load tests (crash, backup): they are made with the
// benchmark's own data script and HTTP helpers (scripts/bench/), on the database a test names.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { request, signInAll } from "../../../scripts/bench/http.mjs";
import { Ledger } from "../../../scripts/bench/ledger.mjs";

const PASSWORD = "e2e-load-password-not-secret";

export type Slot = { email: string; cookie: string; attemptId: string; questionIds: string[]; n: number; seq: number };
type LoadData = {
  questions: ConstructorParameters<typeof Ledger>[0];
  groups: Record<string, { email: string; attempts: { attemptId: string; quiz: string; questionIds: string[] }[] }[]>;
};

/**
 * `students` new students, each with an open attempt at the lesson check `quiz`, made in the
 * database that `env` names (DATABASE_URL, DATA_DIR; the test's own by default), and signed in
 * on the server at `base`. Returns one slot per
 * student and a ledger of the questions' right and wrong responses.
 */
export async function studentsWithOpenAttempts(env: Record<string, string>, base: string, students: number, quiz: string): Promise<{ slots: Slot[]; ledger: Ledger }> {
  const group = `load${randomBytes(3).toString("hex")}`;
  const spec = { password: PASSWORD, groups: [{ name: group, students, quizzes: [quiz] }] };
  const { stdout } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/bench/load-data.ts", JSON.stringify(spec)], {
    env: { ...process.env, ...env, COUNT_QUERIES: "0" },
    maxBuffer: 64 * 2 ** 20,
  });
  const data = JSON.parse(stdout.trim().split("\n").at(-1)!) as LoadData;
  const made = data.groups[group]!;
  const cookies = await signInAll(base, made.map((s) => s.email), PASSWORD);
  const slots = made.map((s, i) => ({ email: s.email, cookie: cookies[i]!, attemptId: s.attempts[0]!.attemptId, questionIds: s.attempts[0]!.questionIds, n: 0, seq: 0 }));
  return { slots, ledger: new Ledger(data.questions) };
}

/** Saves the slot's next answer; the ledger records it when the server acknowledges it ("saved"). A dead server is no acknowledgement. */
export async function saveNext(base: string, slot: Slot, ledger: Ledger): Promise<string> {
  const sent = ledger.next(slot);
  const res = await request(base, "POST", `/api/attempts/${slot.attemptId}/answers`, { cookie: slot.cookie, body: sent });
  return ledger.record(slot, sent, res.status, res.json, { saved: 0, stale: 0, refused: 0 });
}

/** Submits the slot's attempt: the score when the server acknowledged the submit, else null, with the status (0: no answer). */
export async function submit(base: string, slot: Slot): Promise<{ score: number | null; status: number; error?: string }> {
  const res = await request(base, "POST", `/api/attempts/${slot.attemptId}/submit`, { cookie: slot.cookie, body: {} });
  return { score: res.status === 200 && typeof res.json?.score === "number" ? res.json.score : null, status: res.status, error: res.error ?? res.json?.error };
}

/** A copy of what the ledger holds as acknowledged now: attemptId → questionVersionId → seq. */
export const snapshot = (ledger: Ledger) => new Map([...ledger.acked].map(([attempt, perQuestion]) => [attempt, new Map(perQuestion)]));

/** Acknowledged saves in a ledger's map. */
export const countAcked = (acked: Ledger["acked"]) => [...acked.values()].reduce((n, m) => n + m.size, 0);
