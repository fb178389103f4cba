import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { answerSomehow, newStudent, screenshot, signUp } from "./support/helpers";
import { sql } from "./support/db";
import { DEMO_TEACHER } from "./support/sessions";

const TABLET = { width: 768, height: 1024 };

/** The due date passes: the test moves the assignment's due date to now, as the clock would. */
async function dueDatePassesNow(title: string) {
  await sql('UPDATE "Assignment" SET "dueAt" = $1 WHERE "title" = $2', new Date(), title);
}

async function joinAsStudent(browser: Browser, name: string, code: string) {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { ...newStudent(), name }, "Student", "/classes");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByTestId("my-classes")).toContainText("Seminar on the Ottawa Convention");
  return page;
}

/** Opens the assignment from the student's class list, answers `count` questions somehow, and submits. */
async function doAssignment(page: Page, title: string, count: number) {
  await page.goto("/classes");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Start the assignment" }).click();
  const cards = page.getByTestId("question");
  await expect(cards.first()).toBeVisible();
  let answered = 0;
  for (let i = 0; i < (await cards.count()) && answered < count; i++) {
    const card = cards.nth(i);
    if ((await card.getAttribute("data-type")) === "ordering") continue;
    await answerSomehow(card);
    await expect(card).toHaveAttribute("data-save-state", "saved");
    answered++;
  }
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  return Number((await page.getByTestId("attempt-score").textContent())!.replace("%", ""));
}

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const text = readFileSync((await file.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

test("a teacher assigns a check, one student submits on time and one late, and the teacher reads the grid, the item analysis, overrides a grade and exports CSV", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = "Check 1: the convention";

  // The teacher creates a class; two students join it by code.
  await signUp(page, { ...newStudent(), name: "Ms Hrytsenko" }, "Teacher", "/teach");
  await page.getByLabel("Class name").fill("Seminar on the Ottawa Convention");
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("join-code").textContent())!;
  const ada = await joinAsStudent(browser, "Ada Student", code);
  const bob = await joinAsStudent(browser, "Bob Student", code);

  // The teacher assigns lesson 1's check to the class, due in a week.
  await page.getByRole("link", { name: "New assignment" }).click();
  await expect(page.getByTestId("assignment-form")).toBeVisible();
  await page.getByLabel("Chosen students").check();
  await expect(page.getByRole("group", { name: "Students" })).toContainText("Bob Student");
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "assignment-form-desktop");
  await page.getByLabel("The whole class, including students who join later").check();
  await page.getByLabel("Title students see").fill("");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.locator("#title-error")).toHaveText("Give the assignment a title.");
  await expect(page.getByLabel("Title students see")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("assignment-form").getByRole("alert")).toHaveText("Check the form: one field needs attention.");
  await screenshot(page, "assignment-form-error-desktop");
  await page.getByLabel("Title students see").fill(title);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const reportUrl = page.url();

  // Ada sees it as not started, and submits before the due date.
  await ada.goto("/classes");
  await expect(ada.getByTestId("assignment-item")).toContainText("Not started");
  await screenshot(ada, "student-assignments-desktop");
  const adaScore = await doAssignment(ada, title, 99);
  // Then the due date passes, and Bob submits late with one answer.
  await dueDatePassesNow(title);
  await bob.goto("/classes");
  await expect(bob.getByTestId("assignment-item")).toContainText("Missing");
  const bobScore = await doAssignment(bob, title, 1);
  await bob.goto("/classes");
  await expect(bob.getByTestId("assignment-item")).toContainText("Submitted late");

  // The grid: status, score and late marks, completion and average.
  await page.getByRole("link", { name: "Seminar on the Ottawa Convention" }).click();
  await expect(page.getByTestId("gradebook")).toBeVisible();
  const row = (name: string) => page.getByTestId("gradebook").getByRole("row", { name: new RegExp(name) });
  // The grid shows grades to one decimal; the student's review rounds to whole percent.
  const gradeOf = async (name: string) => Number((await row(name).locator("td[data-assignment] strong").textContent())!.replace("%", ""));
  const adaGrade = await gradeOf("Ada Student");
  const bobGrade = await gradeOf("Bob Student");
  expect(Math.round(adaGrade)).toBe(adaScore);
  expect(Math.round(bobGrade)).toBe(bobScore);
  await expect(row("Ada Student").locator("td[data-assignment]")).toHaveAttribute("data-status", "submitted");
  await expect(row("Bob Student").locator("td[data-assignment]")).toHaveAttribute("data-status", "late");
  await expect(row("Bob Student")).toContainText("Submitted late");
  await expect(page.getByTestId("completion")).toHaveText("2/2 (100%) · 1 late");
  await expect(page.getByTestId("average")).toHaveText(`${Math.round(((adaGrade + bobGrade) / 2) * 10) / 10}%`);
  await expect(page.getByTestId("score-histogram")).toBeVisible();
  await expect(page.getByTestId("completion-chart")).toBeVisible();
  await screenshot(page, "gradebook-desktop");
  await page.setViewportSize(TABLET);
  await screenshot(page, "gradebook-tablet");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Sorting by the assignment's grade, highest first, then filtering to late work.
  // The first click sorts highest first, the second lowest first; equal grades go by name.
  const sortByCheck = () => page.getByRole("columnheader", { name: new RegExp(title) }).getByRole("link", { name: new RegExp(title) }).click();
  const highestFirst = adaGrade >= bobGrade ? ["Ada Student", "Bob Student"] : ["Bob Student", "Ada Student"];
  await sortByCheck();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(page.getByTestId("gradebook").locator("tbody th")).toHaveText(highestFirst);
  await sortByCheck();
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.getByTestId("gradebook").locator("tbody th")).toHaveText(adaGrade === bobGrade ? highestFirst : [...highestFirst].reverse());
  await page.getByLabel("Status").selectOption("late");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("gradebook").locator("tbody th")).toHaveText(["Bob Student"]);

  // The item analysis, with the paragraph roll-up and the statement of counted attempts.
  await page.goto(reportUrl);
  await expect(page.getByTestId("counted-statement")).toContainText("best submitted attempt counts");
  await expect(page.getByTestId("counted-statement")).toContainText("2 of 2 students");
  await expect(page.getByTestId("rollup-chart").first()).toContainText("¶");
  await expect(page.getByTestId("item-analysis").locator("li.item-card").first()).toContainText("Facility");
  await screenshot(page, "item-analysis-desktop");
  await page.setViewportSize(TABLET);
  await screenshot(page, "item-analysis-tablet");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The teacher overrides Bob's grade with a reason; Bob sees it.
  const bobRow = page.getByTestId("assignment-students").getByRole("row", { name: /Bob Student/ });
  await bobRow.getByText("Override grade").click();
  await bobRow.getByLabel("Grade (%)").fill("95");
  await bobRow.getByRole("button", { name: "Set grade" }).click();
  await expect(bobRow.getByRole("alert")).toHaveText("Give a reason: the student will see it.");
  await bobRow.getByLabel("Reason (the student sees it)").fill("Oral follow-up on ¶ 5 showed full understanding.");
  const [overrideRequest] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    bobRow.getByRole("button", { name: "Set grade" }).click(),
  ]);
  await expect(bobRow.getByTestId("student-grade")).toContainText("95%");
  await bob.goto("/classes");
  await bob.getByRole("link", { name: title }).click();
  await expect(bob.getByTestId("grade")).toHaveText("95%");
  await expect(bob.getByTestId("grade-changes")).toContainText("Ms Hrytsenko set your grade to 95%. Reason: Oral follow-up on ¶ 5 showed full understanding.");
  await screenshot(bob, "student-assignment-override-desktop");
  await bob.setViewportSize({ width: 390, height: 844 });
  await screenshot(bob, "student-assignment-override-phone");

  // The CSV gradebook, parsed.
  await page.goto(reportUrl.replace(/\/teach\/assignments\/.*/, "/teach"));
  await page.getByRole("link", { name: "Seminar on the Ottawa Convention" }).click();
  await page.getByRole("link", { name: "Gradebook" }).click();
  await expect(row("Bob Student")).toContainText("95%");
  const grades = await download(page, "gradebook-csv");
  expect(grades[0]).toEqual(["Student", "Email", `${title} (%)`, `${title} status`, "Average (%)"]);
  const byName = Object.fromEntries(grades.slice(1).map((r) => [r[0], r]));
  expect(byName["Ada Student"]!.slice(2)).toEqual([String(adaGrade), "Submitted", String(adaGrade)]);
  expect(byName["Bob Student"]!.slice(2)).toEqual(["95", "Submitted late; grade set by teacher", "95"]);

  // Drill down: Ada's assignments, then her attempt with every answer and explanation.
  await page.getByTestId("gradebook").getByRole("link", { name: "Ada Student" }).click();
  await expect(page.getByTestId("student-assignments")).toContainText(title);
  await screenshot(page, "student-drilldown-desktop");
  await page.getByRole("link", { name: /^Attempt 1/ }).click();
  await expect(page.getByTestId("attempt-score")).toHaveText(`${adaScore}%`);
  await expect(page.getByTestId("feedback").first()).toBeVisible();
  await screenshot(page, "teacher-attempt-review-desktop");

  // The per-question CSV: one row per student and question of their counted attempt.
  await page.goto(reportUrl);
  const answers = await download(page, "questions-csv");
  const questionCount = await page.getByTestId("item-analysis").locator("li.item-card").count();
  expect(answers.slice(1)).toHaveLength(2 * questionCount);
  expect(new Set(answers.slice(1).map((r) => r[0]))).toEqual(new Set(["Ada Student", "Bob Student"]));

  // Teacher B reaches none of it by id; a student reaches no teacher page, export or action.
  await page.goto(reportUrl);
  const classId = (await page.getByRole("link", { name: "Seminar on the Ottawa Convention" }).getAttribute("href"))!.split("/")[3]!;
  const assignmentId = reportUrl.split("/").pop()!;
  const attemptHref = (await page.getByTestId("assignment-students").getByRole("link", { name: /^#1/ }).first().getAttribute("href"))!;
  const urls = [`/teach/classes/${classId}`, `/teach/classes/${classId}/gradebook`, `/teach/classes/${classId}/retention`, `/teach/assignments/${assignmentId}`, attemptHref, `/api/classes/${classId}/gradebook`, `/api/assignments/${assignmentId}/questions`];
  // Teacher B: the demo teacher, signed in once for the run, who teaches a class of their own.
  const otherTeacher = await (await browser.newContext({ storageState: DEMO_TEACHER })).newPage();
  for (const url of urls) {
    const response = await otherTeacher.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain("Ada Student");
  }
  for (const url of urls) expect((await ada.request.get(url)).status(), url).toBe(404);
  for (const actor of [ada, otherTeacher]) {
    const replay = await actor.request.post(reportUrl.replace(/^https?:\/\/[^/]+/, ""), {
      headers: { "Next-Action": overrideRequest.headers()["next-action"]!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: overrideRequest.postData()!.replace("95", "100"),
    });
    expect(await replay.text()).toMatch(/denied|does not exist/);
  }
  await bob.reload();
  await expect(bob.getByTestId("grade")).toHaveText("95%");
});
