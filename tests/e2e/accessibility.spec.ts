// Accessibility: axe on every page and every state, as a guest, a student and a teacher, with a
// per-page table of what it found printed to the test output; none may be serious or critical.
// Then the teacher's main flow with the keyboard alone (the student's is in attempts.spec.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { answerSomehow, newStudent, screenshot, screenshotPart, signUp, tabTo } from "./support/helpers";
import { DEMO_STUDENT, DEMO_TEACHER } from "./support/sessions";

const IMPACTS = ["critical", "serious", "moderate", "minor"] as const;
type Impact = (typeof IMPACTS)[number];

/**
 * Runs axe on the page as it is now and keeps a row for the table. A serious or critical
 * violation fails the test at the end (expect.soft), so one run reports every page.
 */
class Audit {
  private rows: { page: string; counts: Record<Impact, number>; ms: number; rules: string[] }[] = [];
  constructor(private readonly role: string) {}

  async check(page: Page, name: string) {
    // Next streams a dynamic page's metadata: its <title> can arrive after the content. Axe reads
    // the page once it has arrived, as a screen reader announces it.
    await expect(page).toHaveTitle(/\S/);
    const start = performance.now();
    // Every rule axe has (WCAG 2 A and AA, 2.1, 2.2, best practices); only the violations are sent back.
    const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
    const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    for (const v of violations) counts[(v.impact ?? "minor") as Impact] += v.nodes.length;
    const rules = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}: ${v.nodes[0]?.target.join(" ")})`);
    this.rows.push({ page: name, counts, ms: Math.round(performance.now() - start), rules });
    const serious = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    expect.soft(serious, `${this.role} · ${name}: serious or critical axe violations`).toEqual([]);
  }

  /** Goes to `url`, waits for its heading, and checks it. */
  async visit(page: Page, name: string, url: string) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await this.check(page, name);
  }

  /** The table, in the test output: axe's violations on each page, elements counted by impact. */
  print() {
    const width = Math.max(40, ...this.rows.map((r) => r.page.length));
    const head = `${"page, state".padEnd(width)} ${IMPACTS.map((i) => i.padStart(8)).join(" ")} ${"axe ms".padStart(7)}  rules violated`;
    const lines = this.rows.map((r) => `${r.page.padEnd(width)} ${IMPACTS.map((i) => String(r.counts[i]).padStart(8)).join(" ")} ${String(r.ms).padStart(7)}  ${r.rules.join(", ") || "none"}`);
    console.log([``, `axe, as ${this.role}: ${this.rows.length} pages and states, elements in violation by impact`, head, ...lines, ``].join("\n"));
  }
}

/** Runs `body` with an audit and prints the table whatever happens. */
async function audited(role: string, body: (audit: Audit) => Promise<void>) {
  const audit = new Audit(role);
  try {
    await body(audit);
  } finally {
    audit.print();
  }
}

/** axe takes from 2 to 30 s a page on a busy two-core machine: the audits get time enough for that. */
const AUDIT_TIMEOUT = 600_000;

const LESSONS = ["the-convention", "withdrawal", "military-arguments", "humanitarian-arguments", "other-withdrawals", "the-debate"];

/** Answers every question card, then (practice) checks each one. */
async function answerAll(cards: Locator, check: boolean) {
  const total = await cards.count();
  for (let i = 0; i < total; i++) {
    const card = cards.nth(i);
    await answerSomehow(card);
    if ((await card.getAttribute("data-type")) === "ordering") await card.getByRole("button", { name: /^Move down/ }).first().click();
    if (check) {
      await card.getByRole("button", { name: /^Check (answer|again)$/ }).click();
      await expect(card.getByTestId("feedback")).toBeVisible();
    } else await expect(card).toHaveAttribute("data-save-state", "saved");
  }
  return total;
}

async function typesOf(cards: Locator) {
  return [...new Set(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-type")!)))].sort();
}
const EVERY_TYPE = ["classification", "matching", "multiple", "numeric", "ordering", "short_text", "single", "true_false"];

test("as a guest: the public pages, guest practice, the sign-in and sign-up forms with their errors, and not found", async ({ page }) => {
  test.setTimeout(AUDIT_TIMEOUT);
  await audited("a guest", async (audit) => {
    await audit.visit(page, "course (home)", "/");
    await audit.visit(page, "article", "/article");
    await audit.visit(page, "background facts", "/facts");
    for (const [i, slug] of LESSONS.entries()) await audit.visit(page, `lesson ${i + 1}`, `/lessons/${slug}`);
    await audit.visit(page, "lesson check: sign in to take it", "/lessons/the-convention/check");

    // Practice as a guest: every question type, before and after checking.
    await audit.visit(page, "practice quiz (guest), unanswered", "/lessons/the-debate/quiz");
    const cards = page.getByTestId("question");
    expect(await typesOf(cards)).toEqual(EVERY_TYPE);
    await answerAll(cards, true);
    await audit.check(page, "practice quiz (guest), every answer checked");
    await audit.visit(page, "sign up, offering the guest's answers", "/sign-up");
    await expect(page.getByTestId("guest-claim")).toBeVisible();
    await page.evaluate(() => window.localStorage.clear());

    await audit.visit(page, "sign in", "/sign-in");
    await page.getByLabel("Email").fill("nobody-here@example.test");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await audit.check(page, "sign in, wrong password");

    await audit.visit(page, "sign up", "/sign-up");
    await page.getByLabel("Email").fill("not an email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#password-error")).toBeVisible();
    await audit.check(page, "sign up, invalid fields");

    await page.goto("/lessons/no-such-lesson");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await audit.check(page, "not found");
    // A signed-in page sends a guest to sign in (checked above).
    await page.goto("/progress");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  });
});

test.describe("as the demo student", () => {
  test.use({ storageState: DEMO_STUDENT });

  test("the course, progress, review, classes, each assignment, an attempt's review and a teacher's page", async ({ page }) => {
    test.setTimeout(AUDIT_TIMEOUT);
    await audited("the demo student", async (audit) => {
      // The public pages differ for a signed-in reader only in the header: the home page and one lesson stand for them.
      await audit.visit(page, "course (home), signed in", "/");
      await audit.visit(page, "lesson 1", "/lessons/the-convention");
      await audit.visit(page, "practice quiz, before starting", "/lessons/the-debate/quiz");
      await audit.visit(page, "lesson check, before starting", "/lessons/the-debate/check");

      await audit.visit(page, "my progress", "/progress");
      await screenshot(page, "demo-progress-desktop");
      // A grade is said once: a meter named "Grade" with its value, and not the figure beside it again.
      const grade = page.getByTestId("home-assignments").locator(".grade-bar").first();
      await expect(grade).toMatchAriaSnapshot('- meter "Grade"');
      await expect(grade.getByRole("meter")).toHaveAttribute("aria-valuetext", /^\d+(\.\d)?%$/);
      await page.getByText("How mastery works").click();
      await audit.check(page, "my progress, mastery rule open");

      await audit.visit(page, "review", "/review");
      const due = page.getByTestId("review-item").first();
      if (await due.isVisible()) {
        await answerSomehow(due);
        await due.getByRole("button", { name: "Check answer" }).click();
        await expect(due.getByTestId("schedule-line")).toBeVisible();
        await audit.check(page, "review, one answer checked");
      }

      await audit.visit(page, "my classes", "/classes");
      const assignments = await page.getByTestId("assignment-item").getByRole("link").evaluateAll((links) => links.map((a) => ({ title: a.textContent!, href: a.getAttribute("href")! })));
      expect(assignments.length).toBeGreaterThanOrEqual(4);
      await page.getByLabel("Join code").fill("ZZZZZZZ");
      await page.getByRole("button", { name: "Join class" }).click();
      await expect(page.locator("main").getByRole("alert")).toBeVisible();
      await audit.check(page, "my classes, wrong join code");
      await audit.visit(page, "join link", "/join/K7QX2MP");

      const reviews: string[] = [];
      for (const { title, href } of assignments) {
        await audit.visit(page, `assignment: ${title.split(":")[0]}`, href);
        reviews.push(...(await page.getByRole("link", { name: "Review" }).evaluateAll((links) => links.map((a) => a.getAttribute("href")!))));
      }
      expect(reviews.length).toBeGreaterThan(0);
      await page.goto(reviews[0]!);
      await expect(page.getByTestId("attempt-score")).toBeVisible();
      await audit.check(page, "an assignment attempt's review");

      expect((await page.goto("/teach"))!.status()).toBe(404);
      await audit.check(page, "a teacher's page: not found");
    });
  });
});

test.describe("as the demo teacher", () => {
  test.use({ storageState: DEMO_TEACHER });

  test("classes, the demo class, gradebook, retention, the assignment form, a report with its tools, a student and an attempt", async ({ page }) => {
    test.setTimeout(AUDIT_TIMEOUT);
    await audited("the demo teacher", async (audit) => {
      await audit.visit(page, "course (home), signed in", "/");
      await audit.visit(page, "lesson 1", "/lessons/the-convention");
      await audit.visit(page, "course facts", "/teach/course");
      await page.getByText(/^Rests on it: /).first().click();
      await audit.check(page, "course facts, what rests on a fact open");
      await audit.visit(page, "your classes", "/teach");
      await page.getByRole("button", { name: "Create class" }).click();
      await expect(page.locator("main").getByRole("alert")).toBeVisible();
      await audit.check(page, "your classes, class name missing");

      await page.getByTestId("class-card").first().getByRole("link").click();
      await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
      const classUrl = new URL(page.url()).pathname;
      await audit.check(page, "class: students and invites");
      await audit.visit(page, "gradebook", `${classUrl}/gradebook`);
      await screenshot(page, "demo-gradebook-desktop");
      // A chart is said once, as a figure named by its caption; the drawing is not read again.
      const histogram = page.getByTestId("score-histogram").first();
      const caption = (await histogram.locator("figcaption").textContent())!;
      await expect(page.getByRole("figure", { name: caption })).toBeVisible();
      await expect(page.locator("figure.chart").getByRole("img")).toHaveCount(0);
      await page.getByLabel("Status").selectOption("late");
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page).toHaveURL(/status=late/);
      await page.getByTestId("score-histogram").getByText("Show as a table").click();
      await audit.check(page, "gradebook, late work only, a chart as a table");
      await audit.visit(page, "retention", `${classUrl}/retention`);
      await screenshot(page, "demo-retention-desktop");

      await audit.visit(page, "new assignment", `${classUrl}/assignments/new`);
      await page.getByLabel("Chosen students").check();
      await page.getByLabel("Title students see").fill("");
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(page.getByTestId("assignment-form").getByRole("alert")).toBeVisible();
      await audit.check(page, "new assignment, chosen students, errors");

      await page.goto(classUrl);
      const report = (await page.getByTestId("class-assignments").getByRole("link").first().getAttribute("href"))!;
      await audit.visit(page, "assignment report", report);
      await screenshotPart(page, page.locator(".chart-row").first(), "demo-item-analysis-desktop", 200);
      const row = page.getByTestId("assignment-students").locator("tbody tr").first();
      await row.getByText("Override grade").click();
      await row.getByText("Extension").click();
      await page.getByTestId("item-analysis").getByText("Void this question").first().click();
      await row.getByRole("button", { name: "Set grade" }).click();
      await expect(row.getByRole("alert")).toBeVisible();
      await audit.check(page, "assignment report, grading tools open, an error");

      const student = page.getByTestId("assignment-students").getByRole("link", { name: "Demo Student" });
      await student.click();
      await expect(page.getByTestId("student-assignments")).toBeVisible();
      await audit.check(page, "a student's work");
      await page.getByRole("link", { name: /^Attempt 1/ }).first().click();
      await expect(page.getByTestId("attempt-score")).toBeVisible();
      await audit.check(page, "a student's attempt");

      await audit.visit(page, "join link (for students only)", "/join/K7QX2MP");
      await audit.visit(page, "my classes (a teacher's)", "/classes");
    });
  });
});

/** A new account of the role, signed up through the form, in a browser of its own. */
async function newAccount(browser: Browser, role: "Student" | "Teacher", callbackUrl: string) {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { ...newStudent(), name: `New ${role}` }, role, callbackUrl);
  return page;
}

test("new accounts: the empty states, a class set up from nothing, and all eight question types while answering and in review", async ({ browser }) => {
  test.setTimeout(AUDIT_TIMEOUT);
  await audited("a new teacher and a new student", async (audit) => {
    const teacher = await newAccount(browser, "Teacher", "/teach");
    await audit.check(teacher, "teacher: your classes, none yet");
    await teacher.getByLabel("Class name").fill("Accessibility seminar");
    await teacher.getByRole("button", { name: "Create class" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Accessibility seminar");
    const classUrl = new URL(teacher.url()).pathname;
    const code = (await teacher.getByTestId("join-code").textContent())!;
    await audit.check(teacher, "teacher: class with no students or work");
    await audit.visit(teacher, "teacher: gradebook, empty", `${classUrl}/gradebook`);
    await audit.visit(teacher, "teacher: retention, empty", `${classUrl}/retention`);
    await audit.visit(teacher, "teacher: new assignment, no students", `${classUrl}/assignments/new`);

    const student = await newAccount(browser, "Student", "/progress");
    await audit.check(student, "student: my progress, nothing yet");
    await audit.visit(student, "student: my classes, none yet", "/classes");
    await audit.visit(student, "student: review, nothing due", "/review");
    await audit.visit(student, "student: join link", `/join/${code}`);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByTestId("my-classes")).toContainText("Accessibility seminar");
    await audit.check(student, "student: my classes, no assignments yet");

    // The teacher sets lesson 6's check, which has every question type.
    await teacher.goto(`${classUrl}/assignments/new`);
    const lesson6 = (await teacher.getByLabel("Quiz").locator("option", { hasText: "Lesson 6" }).getAttribute("value"))!;
    await teacher.getByLabel("Quiz").selectOption(lesson6);
    await teacher.getByRole("button", { name: "Assign" }).click();
    await expect(teacher).toHaveURL(/\/teach\/assignments\//);
    await audit.check(teacher, "teacher: assignment report, nothing submitted");

    await student.goto("/classes");
    await student.getByTestId("assignment-item").getByRole("link").click();
    await expect(student.getByRole("button", { name: "Start the assignment" })).toBeVisible();
    const assignmentUrl = student.url();
    await audit.check(student, "student: assignment, not started");
    await student.getByRole("button", { name: "Start the assignment" }).click();
    const cards = student.getByTestId("question");
    await expect(cards.first()).toBeVisible();
    expect(await typesOf(cards)).toEqual(EVERY_TYPE);
    await audit.check(student, "student: assignment in progress, unanswered");
    await answerAll(cards, false);
    await audit.check(student, "student: assignment in progress, every type answered and saved");
    await student.context().setOffline(true);
    const single = student.locator('[data-testid="question"][data-type="single"]').first();
    await single.locator("input").last().check();
    await expect(student.getByTestId("offline-banner")).toBeVisible();
    await audit.check(student, "student: assignment in progress, offline, an answer not saved");
    await student.context().setOffline(false);
    await expect(single).toHaveAttribute("data-save-state", "saved");
    student.on("dialog", (dialog) => dialog.accept());
    await student.getByRole("button", { name: "Submit my answers" }).click();
    await expect(student).toHaveURL(/\/attempts\//);
    await expect(student.getByTestId("feedback").first()).toBeVisible();
    await audit.check(student, "student: attempt review after submitting, every type");
    await student.goto(assignmentUrl);
    await expect(student.getByTestId("grade")).toBeVisible();
    await audit.check(student, "student: assignment, graded");

    // Practice: every type, answered and then checked one by one.
    await student.goto("/lessons/military-arguments/quiz");
    await student.getByRole("button", { name: "Start the practice quiz" }).click();
    const practice = student.getByTestId("question");
    await expect(practice.first()).toBeVisible();
    expect(await typesOf(practice)).toEqual(EVERY_TYPE);
    await answerAll(practice, true);
    await audit.check(student, "student: practice quiz, every type checked");
    await student.getByRole("button", { name: "Finish and save my score" }).click();
    await expect(student).toHaveURL(/\/attempts\//);
    await audit.check(student, "student: practice attempt's review");
    await audit.visit(student, "student: practice quiz, with last score", "/lessons/military-arguments/quiz");
    await audit.visit(student, "student: my progress, after work", "/progress");

    await teacher.reload();
    await audit.check(teacher, "teacher: assignment report, one submission");
  });
});

/** The focused element shows the focus ring (:focus-visible, a 3 px outline) and is on screen. */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, text: (el.textContent ?? "").trim().slice(0, 40), visible: el.matches(":focus-visible"), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(focus.visible && focus.outline !== "none" && focus.width >= 2, `focus ring on ${focus.tag} "${focus.text}"`).toBe(true);
  await expect(page.locator(":focus")).toBeInViewport();
}

test.describe("with the keyboard alone", () => {
  test.use({ storageState: DEMO_TEACHER });

  test("a teacher creates a class, assigns a lesson check, grants an extension and overrides a grade", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const heading = page.getByRole("heading", { level: 1 });

    // The skip link comes first, shows itself, and leads into the page.
    await page.goto("/teach");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.locator("main :focus")).toHaveCount(1);

    // A new class: after it is created, focus is on the new page's heading.
    const name = `Keyboard seminar ${Date.now()}`;
    await tabTo(page, page.getByLabel("Class name"));
    await expectFocusVisible(page);
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/teach\/classes\/[^/]+$/);
    await expect(heading).toHaveText(name);
    await expect(heading).toBeFocused();
    const code = (await page.getByTestId("join-code").textContent())!;

    // (The demo student joins by the link, with the mouse: this test is the teacher's.)
    const student = await (await browser.newContext({ storageState: DEMO_STUDENT })).newPage();
    await student.goto(`/join/${code}`);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByTestId("my-classes")).toContainText(name);
    await student.context().close();

    // Making a new code asks first; the button keeps focus after the dialog and the refresh.
    page.once("dialog", (dialog) => dialog.accept());
    await tabTo(page, page.getByRole("button", { name: "Make a new code" }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("join-code")).not.toHaveText(code);
    await expect(page.getByRole("button", { name: "Make a new code" })).toBeFocused();
    await expectFocusVisible(page);

    // The assignment form, reached by its tab, filled in with Tab, arrows, Space and typing.
    await tabTo(page, page.getByRole("link", { name: "New assignment" }), 60, true);
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("assignment-form")).toBeVisible();
    await expect(heading).toBeFocused();
    await tabTo(page, page.getByLabel("Quiz"));
    await page.keyboard.press("ArrowDown");
    const title = page.getByLabel("Title students see");
    await expect(title).toHaveValue(/^Lesson 2/);
    await page.keyboard.press("Tab");
    await expect(title).toBeFocused();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await tabTo(page, page.getByRole("button", { name: "Assign" }));
    await page.keyboard.press("Enter");
    // Refused: focus goes back to the field that needs attention, which says why.
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toBeFocused();
    await expect(title).toHaveAccessibleDescription("Give the assignment a title.");
    await page.keyboard.type("Keyboard check");
    await tabTo(page, page.getByLabel("The whole class, including students who join later"));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("Chosen students")).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Demo Student")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Demo Student")).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Assign" })).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/teach\/assignments\/[^/]+$/);
    await expect(heading).toHaveText("Keyboard check");
    await expect(heading).toBeFocused();

    // An extension for the demo student: open the row's tool with Enter, fill it in, submit with Enter.
    const row = page.getByTestId("assignment-students").getByRole("row", { name: /Demo Student/ });
    const extension = row.locator("summary", { hasText: "Extension" });
    await tabTo(page, extension);
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await expect(row.getByLabel("New due date")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(row.getByLabel("New due date")).toBeFocused();
    await tabTo(page, row.getByLabel("Extra minutes per attempt"), 10);
    await page.keyboard.type("15");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await expect(row).toContainText("(extension, +15 min, +1 attempts)");
    // Saved: focus stays in the form, which says so.
    await expect(row.getByRole("form", { name: "Extension for Demo Student" }).getByRole("status")).toHaveText("Saved.");
    await expect(row.getByLabel("Extra attempts")).toBeFocused();

    // Override the grade: without a reason it is refused and focus goes to the reason; with one it is set.
    const override = row.locator("summary", { hasText: "Override grade" });
    await tabTo(page, override, 60, true);
    await page.keyboard.press("Space");
    await expect(row.getByLabel("Grade (%)")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(row.getByLabel("Grade (%)")).toBeFocused();
    await page.keyboard.type("95");
    await page.keyboard.press("Enter");
    await expect(row.getByRole("alert")).toHaveText("Give a reason: the student will see it.");
    const reason = row.getByLabel("Reason (the student sees it)");
    await expect(reason).toBeFocused();
    await expectFocusVisible(page);
    await page.keyboard.type("Oral follow-up.");
    await page.keyboard.press("Enter");
    await expect(row.getByTestId("student-grade")).toContainText("95%");
    await expect(row.getByRole("form", { name: "Override Demo Student's grade" }).getByRole("status")).toHaveText("Saved.");
    await expect(reason).toBeFocused();
  });
});
