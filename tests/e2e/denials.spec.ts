// Denials over HTTP, in one place: every teacher page, CSV export and attempt endpoint, asked for
// by the wrong person (another teacher, a student, another student, nobody), gets "not found"
// (or "sign in"), shows none of the data, and writes nothing. The data layer's own denial suite
// is tests/integration/denials.test.ts; this one proves the pages and route handlers use it.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { count, sql } from "./support/db";
import { newStudent, signUp } from "./support/helpers";
import { DEMO_STUDENT, DEMO_TEACHER } from "./support/sessions";

const [teacher, student] = DEMO_ACCOUNTS;

/** The demo class and one of each thing in it: what the wrong people ask for. */
async function demoIds() {
  const [cls] = await sql<{ id: string; name: string }>(
    'SELECT c."id", c."name" FROM "Class" c JOIN "ClassMembership" m ON m."classId" = c."id" JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1 AND m."role" = $2 ORDER BY c."createdAt" LIMIT 1',
    teacher.email,
    "TEACHER",
  );
  const [me] = await sql<{ id: string }>('SELECT "id" FROM "User" WHERE "email" = $1', student.email);
  const [assignment] = await sql<{ id: string; title: string }>('SELECT "id", "title" FROM "Assignment" WHERE "classId" = $1 ORDER BY "title" LIMIT 1', cls!.id);
  const [attempt] = await sql<{ id: string }>(
    'SELECT "id" FROM "Attempt" WHERE "userId" = $1 AND "assignmentId" IS NOT NULL AND "status" <> $2 ORDER BY "startedAt" LIMIT 1',
    me!.id,
    "IN_PROGRESS",
  );
  return { classId: cls!.id, className: cls!.name, studentId: me!.id, assignmentId: assignment!.id, assignmentTitle: assignment!.title, attemptId: attempt!.id };
}

type Ids = Awaited<ReturnType<typeof demoIds>>;

/** Every page that shows the demo teacher's class, or the demo student's work in it, to the teacher. */
const teacherPages = (ids: Ids) => [
  `/teach/classes/${ids.classId}`,
  `/teach/classes/${ids.classId}/gradebook`,
  `/teach/classes/${ids.classId}/retention`,
  `/teach/classes/${ids.classId}/assignments/new`,
  `/teach/classes/${ids.classId}/students/${ids.studentId}`,
  `/teach/classes/${ids.classId}/students/${ids.studentId}/remove`,
  `/teach/assignments/${ids.assignmentId}`,
  `/teach/attempts/${ids.attemptId}`,
];
const csvRoutes = (ids: Ids) => [`/api/classes/${ids.classId}/gradebook`, `/api/assignments/${ids.assignmentId}/questions`];

/** What must never show on a denied page: the class's name, the assignment's title and (to anyone but them) the student's name. */
const secretsOf = (ids: Ids, viewerIsTheStudent = false) => [ids.className, ids.assignmentTitle, ...(viewerIsTheStudent ? [] : [student.name])];

async function expectNothingShown(page: Page, secrets: string[], url: string) {
  const body = await page.locator("body").innerText();
  for (const secret of secrets) expect(body, `${url} shows "${secret}"`).not.toContain(secret);
}

async function expectNotFound(page: Page, secrets: string[], urls: string[]) {
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(/not found/i);
    await expectNothingShown(page, secrets, url);
  }
}

async function expectCsvRefused(request: APIRequestContext, urls: string[], status: number) {
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(response.headers()["content-type"], url).not.toContain("text/csv");
  }
}

/** The rows a refused write could have touched. */
const tally = async () => ({
  answers: await count('SELECT COUNT(*) AS n FROM "Answer"'),
  attempts: await count('SELECT COUNT(*) AS n FROM "Attempt" WHERE "status" = $1', "SUBMITTED"),
  memberships: await count('SELECT COUNT(*) AS n FROM "ClassMembership"'),
  assignments: await count('SELECT COUNT(*) AS n FROM "Assignment"'),
});

test("another teacher gets not found on every page and export of the demo class, and the demo teacher gets them all", async ({ page, browser }) => {
  const ids = await demoIds();
  // The control: the owner sees each page (so a 404 below is a denial, not a broken page).
  const owner = await browser.newContext({ storageState: DEMO_TEACHER });
  const ownerPage = await owner.newPage();
  for (const url of teacherPages(ids)) expect((await ownerPage.goto(url))?.status(), url).toBe(200);
  for (const url of csvRoutes(ids)) expect((await ownerPage.request.get(url)).status(), url).toBe(200);
  await owner.close();

  await signUp(page, newStudent(), "Teacher", "/teach");
  await expectNotFound(page, secretsOf(ids), teacherPages(ids));
  await expectCsvRefused(page.request, csvRoutes(ids), 404);
});

test.describe("a student", () => {
  test.use({ storageState: DEMO_STUDENT });

  test("gets not found on the teacher's pages and exports, even of their own class and attempt", async ({ page }) => {
    const ids = await demoIds();
    await expectNotFound(page, secretsOf(ids, true), ["/teach", "/teach/course", ...teacherPages(ids)]);
    await expectCsvRefused(page.request, csvRoutes(ids), 404);
  });
});

test("another student gets not found on a classmate's attempt and assignment, and cannot answer, submit or export for them", async ({ page }) => {
  const ids = await demoIds();
  await signUp(page, newStudent(), "Student", "/");
  const before = await tally();

  for (const url of [`/attempts/${ids.attemptId}`, `/assignments/${ids.assignmentId}`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expectNothingShown(page, secretsOf(ids), url);
  }
  const [question] = await sql<{ questionVersionId: string }>('SELECT "questionVersionId" FROM "AttemptQuestion" WHERE "attemptId" = $1 LIMIT 1', ids.attemptId);
  const save = await page.request.post(`/api/attempts/${ids.attemptId}/answers`, { data: { questionVersionId: question!.questionVersionId, response: { optionId: "a" }, seq: 1000 } });
  expect(save.status()).toBe(404);
  const submit = await page.request.post(`/api/attempts/${ids.attemptId}/submit`, { data: {} });
  expect(submit.status()).toBe(404);
  // Their own export holds nothing of the classmate.
  const mine = await page.request.get("/api/me/export");
  expect(mine.status()).toBe(200);
  const text = await mine.text();
  for (const secret of [ids.attemptId, ids.studentId, student.email]) expect(text).not.toContain(secret);

  expect(await tally()).toEqual(before);
});

test("signed out: the pages ask to sign in, and the endpoints answer 401 and write nothing", async ({ page }) => {
  const ids = await demoIds();
  const before = await tally();
  for (const url of [...teacherPages(ids), "/teach/course", `/attempts/${ids.attemptId}`, `/assignments/${ids.assignmentId}`, "/progress", "/classes", "/account"]) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/sign-in/);
    await expectNothingShown(page, secretsOf(ids), url);
  }
  await expectCsvRefused(page.request, [...csvRoutes(ids), "/api/me/export"], 401);
  const save = await page.request.post(`/api/attempts/${ids.attemptId}/answers`, { data: { questionVersionId: "x", response: { optionId: "a" }, seq: 1000 } });
  expect(save.status()).toBe(401);
  const submit = await page.request.post(`/api/attempts/${ids.attemptId}/submit`, { data: {} });
  expect(submit.status()).toBe(401);
  expect(await tally()).toEqual(before);
});
