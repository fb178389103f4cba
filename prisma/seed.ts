// Seeds the course from content/ (idempotent) and, where allowed, the demo accounts.
// Run by `npm start` after the migrations; also `npm run seed`.
import { seedDemoAccounts } from "@/lib/auth/demo";
import { loadCourse } from "@/lib/content/load";
import { seedCourse } from "@/lib/content/seed";
import { db } from "@/lib/db";
import { seedDemoTerm } from "@/lib/demo/term";
import { env } from "@/lib/env";

async function main() {
  const report = await seedCourse(db, loadCourse());
  console.log(
    report.changed
      ? `Seeded the course: ${report.lessons} lessons, ${report.questions} questions (${report.newVersions} new question versions, ${report.retired} retired).`
      : `The course is up to date: ${report.lessons} lessons, ${report.questions} questions.`,
  );
  if (env.seedDemo) {
    const created = await seedDemoAccounts(db);
    if (created) console.log(`Created ${created} demo accounts (see README).`);
    const term = await seedDemoTerm(db);
    if (term.created) console.log(`Created the demo class: ${term.students} students and ${term.attempts} submitted lesson checks (SEED_DEMO=0 starts without demo data).`);
  }
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
