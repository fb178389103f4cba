// A teacher builds a course from an article the test brings and publishes it: paragraphs
// adjusted, two facts, two lessons with questions of six types tied to paragraphs, a checklist
// problem fixed. The teacher assigns it; two students take it; the report shows the item analysis
// per paragraph of the new article. A key that was wrong is corrected in the answered question,
// past attempts are regraded, and each student's old review and new score are right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { newStudent, PHONE, screenshot, signUp } from "./support/helpers";

const ARTICLE = readFileSync(path.join(import.meta.dirname, "fixtures", "test-article.txt"), "utf8");
const CLASS = "Civics, year 11";

/** GIFT for each lesson: references and objectives as Moodle tags. Question 1's key is wrong on purpose (the report shows it). */
const LESSON_1_GIFT = `// [tag:p1] [tag:objective:1]
::Ruling:: What did the court decide about the notice of withdrawal? {~That it was lawful ~That it needed a vote in parliament =That it came too late #### ¶1 says the court ruled that the notice was lawful.}

// [tag:p2] [tag:objective:2]
::Objection:: Which of these does the article report? {~%50%The groups said parliament had not voted ~%50%The court found the constitution leaves the notice to the executive ~%-50%The court ordered a vote in parliament #### ¶2 reports the objection and the court's answer.}

// [tag:p3] [tag:fact:2] [tag:objective:2]
::Appeal:: The groups' lawyer said they would appeal. {T #### ¶3 says a lawyer for the groups said they would appeal.}
`;
const LESSON_2_GIFT = `// [tag:fact:1] [tag:objective:1]
::Months:: How many months after the notice is received does a withdrawal take effect? {#6 #### Fact 1 says six months after the notice is received.}

// [tag:p4] [tag:objective:2]
::Who follows:: Who did critics warn might follow? {=other states #### ¶4 says critics warned that other states might follow.}

// [tag:p4] [tag:p1] [tag:objective:2]
::Sides:: Match each side with what it said. {=Critics -> other states might follow =Supporters -> the treaty no longer reflects the threats =The court -> the notice was lawful #### ¶1 and ¶4.}
`;

/** A full-page screenshot at phone width, then back to the desktop width. */
async function phoneShot(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 720 });
}

const saved = (page: Page) => expect(page.getByTestId("draft-status")).toHaveText(/^All changes saved \(revision \d+\)\.$/);
const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name }).click();

async function addLesson(page: Page, title: string, objectives: string, heading: string, body: string, gift: string) {
  await nav(page, "Lessons");
  await page.getByLabel("Lesson title").fill(title);
  await page.getByRole("button", { name: "Add the lesson" }).click();
  await saved(page);
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Objectives").fill(objectives);
  await page.getByLabel("Objectives").blur();
  await saved(page);
  await page.locator("#new-section-heading").fill(heading);
  await page.getByRole("button", { name: "Add the section" }).click();
  await saved(page);
  await page.getByTestId("draft-section").getByLabel("Text").fill(body);
  await page.getByTestId("draft-section").getByLabel("Text").blur();
  await saved(page);
  const importer = page.getByTestId("gift-import");
  await importer.getByText("Import questions from Moodle (GIFT)").click();
  await importer.getByLabel("GIFT questions").fill(gift);
  await importer.getByRole("button", { name: "Import the questions" }).click();
  await expect(importer.getByTestId("gift-report")).toContainText("Imported 3 questions into this lesson.");
}

async function joinAsStudent(browser: Browser, name: string, code: string) {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { ...newStudent(), name }, "Student", "/classes");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByTestId("my-classes")).toContainText(CLASS);
  return page;
}

/** Takes the assignment with the given choices and submits; returns the review's address and score. */
async function takeAssignment(page: Page, title: string, answer: (card: ReturnType<Page["getByTestId"]>, prompt: string) => Promise<void>) {
  await page.goto("/classes");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Start the assignment" }).click();
  const cards = page.getByTestId("question");
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) {
    await answer(card, (await card.textContent()) ?? "");
    await expect(card).toHaveAttribute("data-save-state", "saved");
  }
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  return { url: page.url(), score: await page.getByTestId("attempt-score").textContent() };
}

test("a teacher builds a course from a new article, publishes and assigns it; two students take it; the report is per paragraph of that article; a corrected key regrades both", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUp(page, { ...newStudent(), name: "Ms Kovalenko" }, "Teacher", "/teach/courses/new");
  await phoneShot(page, "authoring-new-phone");

  // The article, pasted; ¶1 and ¶2 were one paragraph in print, and ¶3's last sentence is a paragraph of its own.
  await page.getByLabel("Course title").fill("A court upholds a treaty withdrawal");
  await page.getByLabel("Article title").fill("Court upholds treaty withdrawal");
  await page.getByLabel("Publication").fill("Example Times");
  await page.getByLabel("Published on").fill("2026-03-03");
  await page.getByLabel("Address").fill("https://example.org/court");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("draft-paragraph")).toHaveCount(4);
  await page.getByRole("button", { name: "Merge with ¶2" }).click();
  await expect(page.getByTestId("draft-paragraph")).toHaveCount(3);
  await page.getByTestId("draft-paragraph").nth(1).getByRole("button", { name: "Split…" }).click();
  await page.getByRole("list", { name: "Where to split ¶2" }).getByRole("button").nth(2).click();
  await expect(page.getByTestId("draft-paragraph")).toHaveCount(4);
  await expect(page.getByLabel("¶3")).toHaveValue("A lawyer for the groups said they would appeal.");
  const draftUrl = page.url();

  // Two facts: one verified, one not (yet).
  await nav(page, "Background facts");
  const facts = [
    ["Withdrawal takes six months", "A withdrawal takes effect six months after the notice is received.", "Treaty text, Art. 20(3)", "https://example.org/treaty#art20", "1997-09-18", "verified"],
    ["Other states", "Two other states are reported to be considering withdrawal.", "Example Times", "https://example.org/others", "2026-03-03", "unverified"],
  ];
  for (const [topic, text, sourceTitle, sourceUrl, asOf, status] of facts) {
    await page.locator("#new-fact-topic").fill(topic!);
    await page.locator("#new-fact-text").fill(text!);
    await page.locator("#new-fact-sourceTitle").fill(sourceTitle!);
    await page.locator("#new-fact-sourceUrl").fill(sourceUrl!);
    await page.locator("#new-fact-asOf").fill(asOf!);
    await page.locator("#new-fact-status").selectOption(status!);
    await page.getByRole("button", { name: "Add the fact" }).click();
    await saved(page);
  }
  await expect(page.getByTestId("draft-fact")).toHaveCount(2);
  await expect(page.getByTestId("fact-uses").first()).toHaveText("Not cited yet.");
  await phoneShot(page, "authoring-facts-phone");

  // Two lessons, their sections citing every paragraph, six kinds of question imported from GIFT.
  await addLesson(
    page,
    "What the court decided",
    "Say what the court decided\nExplain the groups' objection",
    "The ruling",
    "The court found the notice lawful [¶1]. The groups objected that parliament had not voted; the court found that the constitution leaves the notice to the executive [¶2]. Their lawyer said they would appeal [¶3].",
    LESSON_1_GIFT,
  );
  await addLesson(
    page,
    "What comes next",
    "Say when a withdrawal takes effect\nWeigh the critics and the supporters",
    "Who follows",
    "Critics warned that other states might follow; supporters said the treaty no longer reflected the threats the country faced [¶4]. A withdrawal takes effect six months after the notice is received [fact:1].",
    LESSON_2_GIFT,
  );

  await nav(page, "Lessons");
  await expect(page.getByRole("link", { name: "What comes next" })).toBeVisible();
  await screenshot(page, "authoring-lessons-desktop");
  await phoneShot(page, "authoring-lessons-phone");
  // Fact 1 now lists what rests on it: what a correction of it would touch.
  await nav(page, "Background facts");
  await expect(page.getByTestId("fact-uses").first()).toHaveText(/^Cited in lesson 2, “Who follows”; lesson 2, question 1\./);

  // The checklist flags the key resting on the unverified fact; its link leads to the lesson, where the reference is fixed.
  await nav(page, "Checklist");
  const item = (rule: string) => page.getByTestId("checklist-item").filter({ hasText: rule });
  await expect(page.getByTestId("checklist-summary")).toHaveText("1 thing to fix before the course can be published. Each links to where it is fixed.");
  await expect(page.getByTestId("publish-panel")).toHaveCount(0);
  await item("No answer key rests on an unverified fact").getByRole("link", { name: "Lesson 1, question 3: Fact 2 is unverified: an answer key may rest on verified facts only." }).click();
  const appeal = page.getByTestId("draft-question").nth(2);
  await appeal.getByLabel("References").fill("¶3");
  await appeal.getByLabel("References").blur();
  await saved(page);
  await nav(page, "Checklist");
  await expect(page.getByTestId("checklist-item").and(page.locator('[data-ok="false"]'))).toHaveCount(0);
  await screenshot(page, "publishing-checklist-desktop");
  await page.getByTestId("publish-panel").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("publish-result")).toContainText("Published: 6 new question versions.");

  // The course as its students will find it: its own article, facts with their "as of" day, and lessons.
  await page.getByTestId("publish-result").getByRole("link", { name: "Open the course" }).click();
  await expect(page).toHaveURL(/\/courses\/a-court-upholds-a-treaty-withdrawal-[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "A court upholds a treaty withdrawal" })).toBeVisible();
  const courseUrl = page.url();
  await screenshot(page, "publishing-course-desktop");
  await page.getByRole("link", { name: "What the court decided" }).click();
  await expect(page.getByRole("link", { name: "¶\u20092" }).first()).toHaveAttribute("href", `${new URL(courseUrl).pathname}/article#p2`);
  await page.getByRole("link", { name: "¶\u20092" }).first().click();
  await expect(page.locator("#p2")).toContainText("The groups said the notice had been given without a vote in parliament.");
  await page.goto(`${courseUrl}/facts`);
  await expect(page.locator("#fact-1")).toContainText("as of 18 Sept 1997");

  // A class, two students, and lesson 1's check assigned to them.
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(CLASS);
  await page.getByRole("button", { name: "Create class" }).click();
  const code = (await page.getByTestId("join-code").textContent())!;
  const ada = await joinAsStudent(browser, "Ada Student", code);
  const bob = await joinAsStudent(browser, "Bob Student", code);
  // Before it is assigned, the course is not theirs to read.
  await ada.goto(courseUrl);
  await expect(ada.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "New assignment" }).click();
  await page.getByLabel("Quiz").selectOption({ label: "Lesson 1: What the court decided (3 questions)" });
  await page.getByLabel("Title students see").fill("The ruling: check");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The ruling: check");
  const reportUrl = page.url();

  // Both answer "lawful", which the article says and the key does not. Ada gets the rest right; Bob ticks one of two right options and answers False.
  const ruling = "What did the court decide";
  const adaWork = await takeAssignment(ada, "The ruling: check", async (card, prompt) => {
    if (prompt.includes(ruling)) await card.getByLabel("That it was lawful").check();
    else if (prompt.includes("Which of these")) {
      await card.getByLabel("The groups said parliament had not voted").check();
      await card.getByLabel("The court found the constitution leaves the notice to the executive").check();
    } else await card.getByLabel("True").check();
  });
  const bobWork = await takeAssignment(bob, "The ruling: check", async (card, prompt) => {
    if (prompt.includes(ruling)) await card.getByLabel("That it was lawful").check();
    else if (prompt.includes("Which of these")) await card.getByLabel("The groups said parliament had not voted").check();
    else await card.getByLabel("False").check();
  });
  expect([adaWork.score, bobWork.score]).toEqual(["67%", "17%"]);

  // The report, per paragraph of the new article: ¶1 at 0% gives the wrong key away.
  await page.goto(reportUrl);
  const byParagraph = page.getByTestId("rollup-chart").first();
  await byParagraph.getByText("Show as a table").click();
  const row = (label: string) => byParagraph.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row("¶\u20091")).toContainText("0%");
  await expect(row("¶\u20092")).toContainText("75%");
  await expect(row("¶\u20093")).toContainText("50%");
  await screenshot(page, "publishing-report-desktop");

  // The teacher corrects the key of the answered question and regrades the past attempts.
  await page.goto(draftUrl);
  await nav(page, "Lessons");
  await page.getByRole("link", { name: "What the court decided" }).click();
  const question = page.getByTestId("draft-question").filter({ hasText: ruling }).first();
  await question.getByLabel("Answers").fill("* That it was lawful\nThat it needed a vote in parliament\nThat it came too late");
  await question.getByLabel("Answers").blur();
  await saved(page);
  await nav(page, "Checklist");
  const panel = page.getByTestId("publish-panel");
  await expect(panel.getByTestId("answered-changes")).toContainText("Lesson 1, question 1: “What did the court decide about the notice of withdrawal?” (2 submitted answers)");
  await panel.getByRole("radio", { name: /^Regrade past attempts/ }).check();
  await screenshot(page, "publishing-regrade-desktop");
  await phoneShot(page, "publishing-regrade-phone");
  await panel.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByTestId("publish-result")).toHaveText(/Published: 1 new question version\. Regraded 2 answers: 2 scores changed, 2 students told\./);

  // Each student's review keeps the question as they saw it; the score is the regraded one, and they are told why.
  for (const [student, work, score, before, after] of [[ada, adaWork, "100%", "2", "3"], [bob, bobWork, "50%", "0.50", "1.50"]] as const) {
    await student.goto(work.url);
    await expect(student.getByTestId("attempt-score")).toHaveText(score);
    await expect(student.getByTestId("regrade-notices")).toContainText(`your teacher corrected the question “What did the court decide about the notice of withdrawal?” and graded your answers again: Check: What the court decided went from ${before} to ${after} of 3 points.`);
    const reviewed = student.getByTestId("review-item").filter({ hasText: "What did the court decide about the notice of withdrawal?" });
    await expect(reviewed.getByTestId("feedback")).toContainText("Correct.");
    await expect(reviewed.getByTestId("regraded")).toBeVisible();
  }
  await screenshot(ada, "publishing-regraded-review-desktop");
  await ada.setViewportSize(PHONE);
  await ada.goto(courseUrl);
  await expect(ada.getByRole("heading", { level: 1, name: "A court upholds a treaty withdrawal" })).toBeVisible();
  await screenshot(ada, "publishing-course-phone");
  await ada.goto("/progress");
  await expect(ada.getByTestId("regrade-notices")).toContainText("went from 2 to 3 of 3 points");

  // The teacher's list of courses says it is published, with the way to it.
  await page.goto("/teach/courses");
  await expect(page.getByTestId("draft-card")).toContainText("Published");
  await expect(page.getByTestId("draft-card").getByRole("link", { name: "Open the course as students see it" })).toHaveAttribute("href", new URL(courseUrl).pathname);

  // The report follows: ¶1 now at 100%.
  await page.goto(reportUrl);
  await page.getByTestId("rollup-chart").first().getByText("Show as a table").click();
  await expect(row("¶\u20091")).toContainText("100%");
});
