// Part of `npm run bench` (scripts/bench.mjs): creates the students of the load scenarios and
// opens their lesson-check attempts through the real attempt functions, then prints one JSON
// line for bench.mjs: each student's email, their open attempts with the question version ids
// in the order the attempt shows them, and for each question version a response that earns
// full credit and one that does not (both valid, so the server must accept either).
//
//   npx tsx --conditions=react-server scripts/bench/load-data.ts '<spec>'
//   spec: {"password": "...", "groups": [{"name": "save", "students": 64, "quizzes": ["the-convention-check"], "answered": false}], "probe": true}
//
// With "probe" (and COUNT_QUERIES=1), one more student answers a lesson check in process, and
// the output says how many SQL statements a save and a submit send, and how long they take here.
//
// All students share one argon2id hash of the same password: hashing is slow by design.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { countQueries } from "@/lib/db";
import { submitAttempt } from "@/lib/attempts/finalise";
import { saveAnswer } from "@/lib/attempts/save";
import { startAttempt } from "@/lib/attempts/start";
import { keyedQuestions } from "../../tests/support/quiz";
import { responsePair, type ResponsePair } from "./responses";

/** `answered`: every question of each attempt is saved with its right response, through saveAnswer, with seq 1, 3, 5… */
type Spec = { password: string; groups: { name: string; students: number; quizzes: string[]; answered?: boolean }[]; probe?: boolean };

/** SQL statements and in-process time of the save and the submit, on one attempt of a student of its own. */
async function probe(passwordHash: string) {
  const user = await db.user.create({ data: { email: "bench-probe@example.test", name: "Probe", passwordHash }, select: { id: true } });
  const attemptId = await startAttempt(user.id, "the-debate-check");
  const questions = await keyedQuestions(attemptId);
  const timed = async <T>(work: () => Promise<T>) => {
    const start = performance.now();
    const { queries } = await countQueries(work);
    return { queries, ms: Math.round((performance.now() - start) * 10) / 10 };
  };
  const saves = [];
  for (const [i, q] of questions.entries()) saves.push(await timed(() => saveAnswer(user.id, attemptId, q.id, responsePair(q).right.response, i + 1)));
  const update = await timed(() => saveAnswer(user.id, attemptId, questions[0]!.id, responsePair(questions[0]!).wrong.response, questions.length + 1));
  const submit = await timed(() => submitAttempt(user.id, attemptId));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { saveStatements: saves[0]!.queries, saveUpdateStatements: update.queries, saveMedianMs: median(saves.map((s) => s.ms)), submitStatements: submit.queries, submitMs: submit.ms, answers: questions.length };
}

async function main() {
  const spec = JSON.parse(process.argv[2] ?? "{}") as Spec;
  const passwordHash = await hashPassword(spec.password);
  const questions: Record<string, ResponsePair> = {};
  const groups: Record<string, { email: string; attempts: { attemptId: string; quiz: string; questionIds: string[] }[] }[]> = {};

  for (const group of spec.groups) {
    const emails = Array.from({ length: group.students }, (_, i) => `bench-${group.name}-${i}@example.test`);
    await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `${group.name} ${String(i).padStart(4, "0")}`, passwordHash })) });
    const users = await db.user.findMany({ where: { email: { startsWith: `bench-${group.name}-` } }, select: { id: true, email: true } });
    const idOf = new Map(users.map((u) => [u.email, u.id]));
    groups[group.name] = [];
    for (const email of emails) {
      const attempts = [];
      for (const quiz of group.quizzes) {
        const userId = idOf.get(email)!;
        const attemptId = await startAttempt(userId, quiz);
        const keyed = await keyedQuestions(attemptId);
        for (const q of keyed) questions[q.id] ??= responsePair(q);
        if (group.answered) for (const [i, q] of keyed.entries()) await saveAnswer(userId, attemptId, q.id, questions[q.id]!.right.response, 2 * i + 1);
        attempts.push({ attemptId, quiz, questionIds: keyed.map((q) => q.id) });
      }
      groups[group.name]!.push({ email, attempts });
    }
  }
  console.log(JSON.stringify({ questions, groups, probe: spec.probe ? await probe(passwordHash) : null }));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
