// A teacher drafts a course from an article the test brings: pastes it, finds its paragraphs
// numbered, merges and splits them; a save made in a second tab on an older revision is refused
// with what changed, never saved over the first. Then a fact, a lesson whose section and question
// cite the paragraphs, the question previewed and graded by the engine, the checklist, questions
// imported from GIFT, and a cited paragraph that can no longer be renumbered.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PHONE, screenshot } from "./support/helpers";
import { DEMO_TEACHER } from "./support/sessions";

test.use({ storageState: DEMO_TEACHER });

const ARTICLE = readFileSync(path.join(import.meta.dirname, "fixtures", "test-article.txt"), "utf8");
const paragraphs = (page: Page) => page.getByTestId("draft-paragraph");
/** Axe on the page as it is: no serious or critical violation. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
}
const saved = (page: Page, revision: number) => expect(page.getByTestId("draft-status")).toHaveText(`All changes saved (revision ${revision}).`);

test("a teacher drafts a course from an article: paragraphs merged and split, a stale save from another tab refused, a fact, a lesson with a cited section and a question graded in preview, the checklist, a GIFT import, and a cited paragraph kept in place", async ({ page, context }) => {
  await page.goto("/teach");
  await page.getByTestId("courses-link").getByRole("link", { name: "Your courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your courses" })).toBeVisible();
  await screenshot(page, "authoring-courses-desktop");
  await page.getByRole("link", { name: "New course from an article" }).click();

  await page.getByLabel("Course title").fill("A court and a treaty withdrawal");
  await page.getByLabel("Article title").fill("Court upholds treaty withdrawal");
  await page.getByLabel("Publication").fill("Example Times");
  await page.getByLabel("Published on").fill("2026-03-03");
  await page.getByLabel("Address").fill("example.org/court");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Create the draft" }).click();
  // Bad input: the message, on the field it is about, and nothing created.
  await expect(page.getByLabel("Address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Give the article's address, starting with https://.");
  await screenshot(page, "authoring-new-refused-desktop");
  await expectAccessible(page);
  await page.getByLabel("Address").fill("https://example.org/court");
  await page.getByRole("button", { name: "Create the draft" }).click();

  // Blank lines separate paragraphs; a paragraph's own line breaks are joined.
  await expect(page.getByRole("heading", { level: 1, name: "A court and a treaty withdrawal" })).toBeVisible();
  await expect(paragraphs(page)).toHaveCount(4);
  await expect(page.getByLabel("¶2")).toHaveValue("The ruling ends a challenge brought by two civil society groups last spring.");
  await expect(page.getByLabel("¶3")).toHaveValue(/^The groups said .* would appeal\.$/);

  // ¶1 and ¶2 were one paragraph in print: merge them.
  await page.getByRole("button", { name: "Merge with ¶2" }).click();
  await saved(page, 2);
  await expect(paragraphs(page)).toHaveCount(3);
  await expect(page.getByLabel("¶1")).toHaveValue(/reports\. The ruling ends/);

  // The lawyer's reaction is a paragraph of its own: split ¶2 after its third sentence.
  await page.getByLabel("¶2").scrollIntoViewIfNeeded();
  await paragraphs(page).nth(1).getByRole("button", { name: "Split…" }).click();
  const choices = page.getByRole("list", { name: "Where to split ¶2" }).getByRole("button");
  await expect(choices).toHaveCount(3);
  await screenshot(page, "authoring-draft-desktop");
  await expectAccessible(page);
  await choices.nth(2).click();
  await saved(page, 3);
  await expect(paragraphs(page)).toHaveCount(4);
  await expect(page.getByLabel("¶3")).toHaveValue("A lawyer for the groups said they would appeal.");

  // A second tab opens the draft at revision 3. The first edits ¶4 and saves; the second, still
  // on revision 3, edits ¶1 and ¶3 and is refused with what changed; ¶4 keeps the first tab's text.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId("draft-status")).toHaveText("All changes saved (revision 3).");
  await page.getByLabel("¶4").fill("Critics warned that other states might follow.");
  await page.getByLabel("¶4").blur();
  await saved(page, 4);

  // The second tab's saves are held back 1.5 s, so that it edits ¶1, then ¶3, before the first
  // answer comes: ¶1 is refused, and ¶3, made on the same old draft, is not sent on top of it.
  await other.route("**/teach/courses/**", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await other.getByLabel("¶1").fill("Text typed in the second tab.");
  await other.getByLabel("¶3").fill("More text typed in the second tab.");
  await other.getByLabel("¶3").blur();
  const refusal = other.getByTestId("draft-refused");
  await expect(refusal).toContainText(/^Since you opened this draft, Demo Teacher edited ¶4 at .+\. Your change \(edited ¶1\) was not saved/);
  await expect(refusal.getByLabel("Your text, not saved")).toHaveValue("Text typed in the second tab.\n\nMore text typed in the second tab.");
  await expect(other.getByLabel("¶4")).toHaveValue("Critics warned that other states might follow.");
  await expect(other.getByLabel("¶1")).toHaveValue(/reports\. The ruling ends/);
  await expect(other.getByLabel("¶3")).toHaveValue("A lawyer for the groups said they would appeal.");
  await other.unroute("**/teach/courses/**");
  await screenshot(other, "authoring-refused-desktop");
  await expectAccessible(other);

  // After a reload the first tab finds every saved change.
  await page.reload();
  await expect(paragraphs(page)).toHaveCount(4);
  await expect(page.getByTestId("draft-changes").getByRole("listitem")).toHaveText([/edited ¶4/, /split ¶2 in two/, /merged ¶1 and ¶2/, /created the draft from the article, in 4 paragraphs/]);
  await other.close();

  // A background fact, with its source and its "as of" day; a bad address is refused first.
  await page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name: "Background facts" }).click();
  await expect(page.getByText("No background facts yet.")).toBeVisible();
  await page.locator("#new-fact-topic").fill("Withdrawal takes six months");
  await page.locator("#new-fact-text").fill("A withdrawal takes effect six months after the notice is received.");
  await page.locator("#new-fact-sourceTitle").fill("Treaty text, Art. 20(3)");
  await page.locator("#new-fact-sourceUrl").fill("treaty text");
  await page.locator("#new-fact-asOf").fill("1997-09-18");
  await page.getByRole("button", { name: "Add the fact" }).click();
  await expect(page.getByTestId("draft-status").getByRole("alert")).toHaveText("Give the source's address, starting with https://.");
  await expect(page.getByTestId("draft-fact")).toHaveCount(0);
  await page.locator("#new-fact-sourceUrl").fill("https://example.org/treaty#art20");
  await page.getByRole("button", { name: "Add the fact" }).click();
  await saved(page, 5);
  await expect(page.getByTestId("draft-fact")).toHaveCount(1);
  await expect(page.getByTestId("draft-fact").getByLabel("As of")).toHaveValue("1997-09-18");
  await expect(page.getByTestId("fact-due")).toHaveText(/^Due for review: as of 18 Sept 1997, \d+ years ago$/);
  await expect(page.getByTestId("facts-due-summary")).toHaveText("1 fact of 1 is due for review: check that it still holds.");
  await screenshot(page, "authoring-facts-desktop");
  await expectAccessible(page);

  // A lesson with a section: a citation of a paragraph that does not exist is flagged, then fixed.
  await page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name: "Lessons" }).click();
  await page.getByLabel("Lesson title").fill("What the court decided");
  await page.getByRole("button", { name: "Add the lesson" }).click();
  await saved(page, 6);
  await page.getByRole("link", { name: "What the court decided" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Lesson 1: What the court decided" })).toBeVisible();
  await page.getByLabel("Objectives").fill("Say what the court decided\nExplain who gives notice of withdrawal");
  await page.getByLabel("Objectives").blur();
  await saved(page, 7);
  await page.getByLabel("Key terms").fill("Notice of withdrawal = the instrument a state deposits to leave the treaty [¶2]");
  await page.getByLabel("Key terms").blur();
  await saved(page, 8);
  await page.locator("#new-section-heading").fill("The ruling");
  await page.getByRole("button", { name: "Add the section" }).click();
  await saved(page, 9);
  const section = page.getByTestId("draft-section");
  await section.getByLabel("Text").fill("The court found the notice lawful [¶9]. A withdrawal takes six months [fact:1].");
  await section.getByLabel("Text").blur();
  await saved(page, 10);
  await expect(section.getByTestId("section-problems")).toHaveText(/is not a paragraph of the article: it has 4 paragraphs\./);
  await section.getByLabel("Text").fill("The court found the notice lawful [¶2]. A withdrawal takes six months [fact:1].");
  await section.getByLabel("Text").blur();
  await saved(page, 11);
  await expect(section.getByText("Every citation found")).toBeVisible();
  const preview = section.getByRole("region", { name: "Section 1 as students will see it" });
  await expect(preview.getByRole("link", { name: "¶\u20092" })).toHaveAttribute("href", /\/teach\/courses\/[^/]+#p2$/);
  await expect(preview.getByRole("link", { name: "Fact 1" })).toHaveAttribute("href", /\/facts#fact-1$/);

  // A question tied to ¶2: it lists what it still needs, then, whole, is previewed and graded by the engine.
  await page.getByLabel("Kind of question").selectOption({ label: "Single choice" });
  await page.locator("#new-question-prompt").fill("What did the court decide about the notice?");
  await page.getByRole("button", { name: "Add the question" }).click();
  await saved(page, 12);
  const question = page.getByTestId("draft-question");
  await expect(question.getByTestId("question-problems")).toContainText("Choose the objective it tests.");
  await question.getByLabel("Objective it tests").selectOption({ label: "Say what the court decided" });
  await saved(page, 13);
  await question.getByLabel("References").fill("¶2");
  await question.getByLabel("References").blur();
  await saved(page, 14);
  await question.getByLabel("Answers").fill("* That it was lawful\nThat it needed a vote in parliament\nThat it came too late");
  await question.getByLabel("Answers").blur();
  await saved(page, 15);
  await question.getByLabel("Explanation").fill("¶2: the court found that the constitution leaves the notice to the executive.");
  await question.getByLabel("Explanation").blur();
  await saved(page, 16);
  await expect(question.getByTestId("question-ready")).toHaveText("Ready: the key grades as correct");
  const studentView = question.getByRole("region", { name: /as students will see it$/ });
  await studentView.getByLabel("That it needed a vote in parliament").check();
  await studentView.getByRole("button", { name: "Try this answer" }).click();
  await expect(studentView.getByTestId("preview-result")).toHaveText("Not right: 0% credit.");
  await studentView.getByLabel("That it was lawful").check();
  await studentView.getByRole("button", { name: "Try this answer" }).click();
  await expect(studentView.getByTestId("preview-result")).toHaveText("Right: this answer earns full credit.");
  await screenshot(page, "authoring-lesson-desktop");
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await screenshot(page, "authoring-lesson-phone");

  // The checklist: what is left before publishing, each linked to where it is fixed.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name: "Checklist" }).click();
  const item = (rule: string) => page.getByTestId("checklist-item").filter({ hasText: rule });
  await expect(item("Every question is whole")).toHaveAttribute("data-ok", "true");
  await expect(item("No answer key rests on an unverified fact")).toHaveAttribute("data-ok", "true");
  await expect(item("Every paragraph is tested by a question").getByRole("link")).toHaveText(["No question tests ¶1.", "No question tests ¶3.", "No question tests ¶4."]);
  await expect(item("Every objective is tested by a question").getByRole("link")).toHaveText(["Lesson 1: no question tests “Explain who gives notice of withdrawal”."]);
  await screenshot(page, "authoring-checklist-desktop");
  await expectAccessible(page);
  await item("Every paragraph is cited by a lesson's section").getByRole("link", { name: "No section cites ¶3." }).click();
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.getByLabel("¶3")).toBeVisible();

  // Questions from Moodle: what comes in is listed, and so is what cannot.
  await page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name: "Lessons" }).click();
  await page.getByRole("link", { name: "What the court decided" }).click();
  const gift = page.getByTestId("gift-import");
  await gift.getByText("Import questions from Moodle (GIFT)").click();
  await gift.getByLabel("GIFT questions").fill("// [tag:p4]\n::Follow:: Critics warned that other states might follow. {T}\n\n::Why:: Why did the groups appeal? {}\n");
  await gift.getByRole("button", { name: "Import the questions" }).click();
  await expect(gift.getByTestId("gift-report")).toContainText("Imported 1 question into this lesson.");
  await expect(gift.getByTestId("gift-report")).toContainText("“Why”: an essay is graded by a person");
  await expect(page.getByTestId("draft-question")).toHaveCount(2);
  await expect(page.getByTestId("draft-question").nth(1).getByLabel("References")).toHaveValue("¶4");
  await page.getByRole("button", { name: "Move question 2 up" }).click();
  await expect(page.getByTestId("draft-question").first().getByLabel("References")).toHaveValue("¶4");
  await expect(page.getByTestId("draft-question").first()).toHaveAttribute("data-type", "true_false");
  await page.setViewportSize(PHONE);
  await page.getByRole("navigation", { name: "Draft" }).getByRole("link", { name: "Article" }).click();

  // ¶2 is cited now: merging ¶1 into it, which would renumber it, is refused and says where it is cited.
  await expect(paragraphs(page).nth(1)).toContainText("Cited in lesson 1, “The ruling”; lesson 1, question 2");
  await page.getByRole("button", { name: "Merge with ¶2" }).click();
  await expect(page.getByTestId("draft-status").getByRole("alert")).toHaveText(/^¶2 is cited \(lesson 1, “The ruling”; lesson 1, question 2\), and merging or splitting ¶1 would renumber it\./);
  await expect(paragraphs(page)).toHaveCount(4);
  await screenshot(page, "authoring-draft-phone");

  // Shared with every teacher, and copied to adapt: the copy is a new draft, the original stays.
  await page.getByRole("button", { name: "Share with every teacher" }).click();
  await expect(page.getByTestId("draft-sharing")).toHaveText(/^Shared with every teacher on this instance since /);
  const original = page.url();
  await page.getByRole("button", { name: "Make a copy" }).click();
  await expect(page.getByText("Copied from “A court and a treaty withdrawal”.")).toBeVisible();
  expect(page.url()).not.toBe(original);
  await expect(page.getByTestId("draft-changes").getByRole("listitem")).toHaveText([/copied the draft “A court and a treaty withdrawal”/]);
  await expect(paragraphs(page)).toHaveCount(4);
  await page.goto("/teach/courses");
  await expect(page.getByTestId("draft-card").filter({ hasText: "A court and a treaty withdrawal" })).toHaveCount(2);
  await expect(page.getByTestId("draft-card").filter({ hasText: "Shared" })).toContainText("4 paragraphs");
  await screenshot(page, "authoring-courses-phone");
});
