// Part of `npm run profile:dashboard`: the dashboard's data layer in process, on the
// database the profile filled. For each read: SQL statements, median time, and the time
// Prisma reports for its statements (they may overlap when a read runs them in parallel).
// Prints JSON on its last line.
import { getAssignmentReport, getGradebook } from "@/lib/assignments/queries";
import { countQueries, db } from "@/lib/db";
import { getClassRetention } from "@/lib/learning/queries";

let sqlMs = 0;
const slow: { ms: number; sql: string }[] = [];
db.$on("query", (e) => {
  sqlMs += e.duration;
  slow.push({ ms: e.duration, sql: e.query.slice(0, 160) });
});

async function measure<T>(name: string, work: () => Promise<T>, runs = 7) {
  const { queries } = await countQueries(work);
  const times: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < runs; i++) {
    sqlMs = 0;
    slow.length = 0;
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    sql.push(sqlMs);
  }
  const mid = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  const top = [...slow].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return { name, queries, medianMs: mid(times), sqlMs: mid(sql), slowest: top };
}

async function main() {
  const teacher = await db.user.findUniqueOrThrow({ where: { email: "profile-teacher@example.test" }, select: { id: true, email: true } });
  const cls = await db.class.findFirstOrThrow({ where: { name: "Profile 1000" }, select: { id: true } });
  const first = await db.assignment.findFirstOrThrow({ where: { classId: cls.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  const answers = await db.answer.count();
  const classAnswers = await db.answer.count({ where: { attempt: { assignment: { classId: cls.id } } } });
  const dataLayer = [
    await measure("gradebook", () => getGradebook(teacher.id, cls.id)),
    await measure("retention", () => getClassRetention(teacher.id, cls.id, new Date())),
    await measure("report", () => getAssignmentReport(teacher.id, first.id)),
  ];
  for (const d of dataLayer) console.error(`${d.name}: ${d.queries} statements, ${d.medianMs} ms, ${d.sqlMs} ms in SQL; slowest: ${d.slowest.map((s) => `${s.ms} ms ${s.sql}`).join(" | ")}`);
  console.log(JSON.stringify({ classId: cls.id, assignmentId: first.id, teacher: { email: teacher.email, password: "profile-teacher-password" }, answers, classAnswers, dataLayer: dataLayer.map((d) => ({ name: d.name, queries: d.queries, medianMs: d.medianMs, sqlMs: d.sqlMs })) }));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
