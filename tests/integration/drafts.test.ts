import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { addDraftAuthor, copyDraft, createDraft, deleteDraft, getDraft, importGiftQuestions, listDrafts, listSharedDrafts, removeDraftAuthor, saveDraftEdit, setDraftShared } from "@/lib/authoring/drafts";
import { db } from "@/lib/db";
import { deleteAccount } from "@/lib/privacy/delete";
import { exportUserData } from "@/lib/privacy/export";

let n = 0;
const newUser = (role: "STUDENT" | "TEACHER", name = `${role} ${n + 1}`) =>
  db.user.create({ data: { email: `draft-${role}${++n}@example.test`, name, role, passwordHash: "x" }, select: { id: true, email: true } });

const ARTICLE = {
  title: "The court and the treaty",
  articleTitle: "Court rules on treaty withdrawal",
  articleSource: "Example Times",
  articleDate: "2026-03-01",
  articleUrl: "https://example.org/court",
  language: "en",
  text: "The court ruled on Monday.\n\nCritics said the ruling\nwas too late. Others welcomed it.\n\nThe government will appeal.",
};

describe("course drafts", () => {
  it("a teacher pastes an article: its paragraphs are numbered, and only its authors can open it", async () => {
    const teacher = await newUser("TEACHER");
    const { id, paragraphs } = await createDraft(teacher.id, ARTICLE);
    expect(paragraphs).toBe(3);
    const draft = await getDraft(teacher.id, id);
    expect(draft).toMatchObject({ revision: 1, paragraphs: ["The court ruled on Monday.", "Critics said the ruling was too late. Others welcomed it.", "The government will appeal."], articleSource: "Example Times" });
    expect(draft.changes.map((c) => c.summary)).toEqual(["created the draft from the article, in 3 paragraphs"]);
    expect((await listDrafts(teacher.id)).map((d) => d.id)).toEqual([id]);

    const other = await newUser("TEACHER");
    await expect(getDraft(other.id, id)).rejects.toThrow(/does not exist/);
    await expect(saveDraftEdit(other.id, id, 1, { kind: "merge", n: 1 })).rejects.toThrow(/does not exist/);
    expect(await listDrafts(other.id)).toEqual([]);
    expect((await getDraft(teacher.id, id)).revision).toBe(1);
  });

  it("a student cannot create a draft, and an article with no text is refused; neither writes anything", async () => {
    const before = await db.courseDraft.count();
    const student = await newUser("STUDENT");
    await expect(createDraft(student.id, ARTICLE)).rejects.toThrow(/Only teachers/);
    const teacher = await newUser("TEACHER");
    await expect(createDraft(teacher.id, { ...ARTICLE, text: " \n\n " })).rejects.toThrow(/Paste the article's text/);
    expect(await db.courseDraft.count()).toBe(before);
  });

  it("merges, splits and edits are saved one revision each, and a bad edit changes nothing", async () => {
    const teacher = await newUser("TEACHER");
    const { id } = await createDraft(teacher.id, ARTICLE);
    let outcome = await saveDraftEdit(teacher.id, id, 1, { kind: "split", n: 2, offset: "Critics said the ruling was too late.".length });
    expect(outcome.saved && outcome.draft.paragraphs).toEqual(["The court ruled on Monday.", "Critics said the ruling was too late.", "Others welcomed it.", "The government will appeal."]);
    outcome = await saveDraftEdit(teacher.id, id, 2, { kind: "merge", n: 3 });
    expect(outcome.saved && outcome.draft.paragraphs.slice(2)).toEqual(["Others welcomed it. The government will appeal."]);
    await expect(saveDraftEdit(teacher.id, id, 3, { kind: "merge", n: 3 })).rejects.toThrow(/There is no ¶4/);
    await expect(saveDraftEdit(teacher.id, id, 3, { kind: "details", field: "articleUrl", value: "not an address" })).rejects.toThrow(/https/);
    outcome = await saveDraftEdit(teacher.id, id, 3, { kind: "details", field: "articleDate", value: "2026-03-02" });
    expect(outcome).toMatchObject({ saved: true, draft: { revision: 4, articleDate: "2026-03-02" } });
    expect(outcome.draft.changes.map((c) => [c.revision, c.summary])).toEqual([
      [4, "changed the article's date"],
      [3, "merged ¶3 and ¶4"],
      [2, "split ¶2 in two"],
      [1, "created the draft from the article, in 3 paragraphs"],
    ]);
  });

  it("a co-author's save made on an older revision is refused, says what changed and by whom, and overwrites nothing", async () => {
    const ada = await newUser("TEACHER", "Ada Author");
    const ben = await newUser("TEACHER", "Ben Author");
    const { id } = await createDraft(ada.id, ARTICLE);
    await expect(addDraftAuthor(ada.id, id, "nobody@example.test")).rejects.toThrow(/no teacher account/);
    await addDraftAuthor(ada.id, id, ben.email);
    expect((await getDraft(ben.id, id)).authors.map((a) => a.name)).toEqual(["Ada Author", "Ben Author"]);

    // Both opened revision 1. Ada merges ¶1 and ¶2; Ben, still on revision 1, edits ¶2.
    await saveDraftEdit(ada.id, id, 1, { kind: "merge", n: 1 });
    const refused = await saveDraftEdit(ben.id, id, 1, { kind: "paragraph", n: 2, text: "Ben's words." });
    expect(refused.saved).toBe(false);
    if (refused.saved) return;
    expect(refused.message).toMatch(/^Since you opened this draft, Ada Author merged ¶1 and ¶2 at .+\. Your change \(edited ¶2\) was not saved/);
    expect(refused.draft.revision).toBe(2);
    expect(refused.draft.paragraphs).toEqual(["The court ruled on Monday. Critics said the ruling was too late. Others welcomed it.", "The government will appeal."]);
    // On the draft as it now is, Ben's edit goes in.
    expect((await saveDraftEdit(ben.id, id, 2, { kind: "paragraph", n: 2, text: "Ben's words." })).saved).toBe(true);
  });

  it("of edits sent at once on the same revision, exactly one is saved and the others are refused", async () => {
    const teacher = await newUser("TEACHER");
    const { id } = await createDraft(teacher.id, { ...ARTICLE, text: Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1}.`).join("\n\n") });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => saveDraftEdit(teacher.id, id, 1, { kind: "paragraph", n: i + 1, text: `Edited ${i + 1}.` })));
    expect(outcomes.filter((o) => o.saved)).toHaveLength(1);
    const draft = await getDraft(teacher.id, id);
    expect(draft.revision).toBe(2);
    expect(draft.paragraphs.filter((p) => p.startsWith("Edited"))).toHaveLength(1);
    expect(await db.courseDraftChange.count({ where: { draftId: id } })).toBe(2);
  });

  it("a teacher's data export lists their drafts and edits; deleting the account takes the drafts only they write", async () => {
    const ada = await newUser("TEACHER", "Ada Leaving");
    const ben = await newUser("TEACHER", "Ben Staying");
    const alone = await createDraft(ada.id, { ...ARTICLE, title: "Ada's own" });
    const shared = await createDraft(ada.id, { ...ARTICLE, title: "Shared" });
    await addDraftAuthor(ada.id, shared.id, ben.email);
    await saveDraftEdit(ada.id, shared.id, 1, { kind: "merge", n: 1 });

    const data = await exportUserData(ada.id);
    expect(data!.teaching.courseDrafts.map((d) => [d.title, d.yourEdits.map((e) => e.summary)])).toEqual([
      ["Ada's own", ["created the draft from the article, in 3 paragraphs"]],
      ["Shared", ["created the draft from the article, in 3 paragraphs", "merged ¶1 and ¶2"]],
    ]);

    await deleteAccount(ada.id);
    expect(await db.courseDraft.findUnique({ where: { id: alone.id } })).toBeNull();
    const left = await getDraft(ben.id, shared.id);
    expect(left.authors.map((a) => a.name)).toEqual(["Ben Staying"]);
    expect(left.changes.map((c) => c.by)).toEqual([null, null]);
  });

  it("questions pasted in GIFT go into a lesson in one edit, each as a teacher would write it; what cannot come in is reported; a paste that is not GIFT changes nothing", async () => {
    const teacher = await newUser("TEACHER");
    const { id } = await createDraft(teacher.id, ARTICLE);
    await saveDraftEdit(teacher.id, id, 1, { kind: "addLesson", title: "Imported" });
    const gift = readFileSync(path.join(import.meta.dirname, "..", "unit", "fixtures", "sample.gift"), "utf8");

    await expect(importGiftQuestions(teacher.id, id, 2, 1, "::Broken:: {=a ~b")).rejects.toThrow(/^That is not GIFT \(line 2, column 1\): /);
    expect((await getDraft(teacher.id, id)).revision).toBe(2);

    const result = await importGiftQuestions(teacher.id, id, 2, 1, gift);
    expect(result.saved).toBe(true);
    expect(result.report.imported).toBe(7);
    expect(result.report.skipped.map((s) => s.question)).toEqual(["Opinion", "This is only a note for the class.", "two-pairs"]);
    const questions = result.draft.lessons[0]!.questions;
    expect(questions.map((q) => [q.type, q.refs, q.answers])).toEqual([
      ["true_false", "¶3, fact:12", "true"],
      ["single", "¶2", "* Use\nNothing\nOnly transfer"],
      ["multiple", "", "* Destroying stockpiles\n* Clearing mined areas\nLaying new mines"],
      ["numeric", "", "1999"],
      ["numeric", "", "25 ± 5"],
      ["short_text", "", "Article 20\nArt. 20\n20"],
      ["matching", "", "Article 1 = General obligations\nArticle 2 = Definitions\nArticle 20 = Withdrawal\n= Entry into force"],
    ]);
    expect(result.draft.changes[0]!.summary).toBe("imported 7 questions into lesson 1 from GIFT");
  });

  it("a draft shared with every teacher is listed for the others to copy; a copy is the copier's own, and the original is untouched; unshared, it can no longer be copied", async () => {
    const ada = await newUser("TEACHER", "Ada Sharing");
    const ben = await newUser("TEACHER", "Ben Copying");
    const student = await newUser("STUDENT");
    const { id } = await createDraft(ada.id, ARTICLE);
    await saveDraftEdit(ada.id, id, 1, { kind: "addLesson", title: "The ruling" });
    await expect(copyDraft(ben.id, id)).rejects.toThrow(/does not exist/);
    expect((await listSharedDrafts(ben.id)).map((d) => d.id)).not.toContain(id);
    await expect(setDraftShared(ben.id, id, true)).rejects.toThrow(/does not exist/);

    expect((await setDraftShared(ada.id, id, true)).sharedAt).toBeInstanceOf(Date);
    expect((await listSharedDrafts(ben.id)).find((d) => d.id === id)).toMatchObject({ title: ARTICLE.title, paragraphs: 3, lessons: 1, questions: 0, authors: ["Ada Sharing"] });
    expect((await listSharedDrafts(ada.id)).map((d) => d.id)).not.toContain(id);
    await expect(copyDraft(student.id, id)).rejects.toThrow(/Only teachers/);

    const copy = await copyDraft(ben.id, id);
    const mine = await getDraft(ben.id, copy.id);
    const original = await getDraft(ada.id, id);
    expect(mine).toMatchObject({ paragraphs: original.paragraphs, lessons: original.lessons, facts: original.facts, revision: 1, sharedAt: null, copiedFromTitle: ARTICLE.title });
    expect(mine.authors.map((a) => a.name)).toEqual(["Ben Copying"]);
    expect(mine.changes.map((c) => c.summary)).toEqual([`copied the draft “${ARTICLE.title}”`]);
    await saveDraftEdit(ben.id, copy.id, 1, { kind: "merge", n: 1 });
    expect((await getDraft(ada.id, id)).paragraphs).toHaveLength(3);
    await expect(getDraft(ada.id, copy.id)).rejects.toThrow(/does not exist/);

    await setDraftShared(ada.id, id, false);
    await expect(copyDraft(ben.id, id)).rejects.toThrow(/does not exist/);
    expect((await listSharedDrafts(ben.id)).map((d) => d.id)).not.toContain(id);
  });

  it("an author deletes a draft for all its authors; a stranger cannot; copies made from it stay", async () => {
    const ada = await newUser("TEACHER", "Ada Deleting");
    const ben = await newUser("TEACHER", "Ben Co-author");
    const stranger = await newUser("TEACHER");
    const { id } = await createDraft(ada.id, ARTICLE);
    await addDraftAuthor(ada.id, id, ben.email);
    const copy = await copyDraft(ada.id, id);
    await expect(deleteDraft(stranger.id, id)).rejects.toThrow(/does not exist/);
    expect(await deleteDraft(ben.id, id)).toEqual({ title: ARTICLE.title });
    await expect(getDraft(ada.id, id)).rejects.toThrow(/does not exist/);
    expect(await db.courseDraftChange.count({ where: { draftId: id } })).toBe(0);
    expect((await getDraft(ada.id, copy.id)).copiedFromTitle).toBe(ARTICLE.title);
  });

  it("an author removes a co-author or leaves; a draft keeps one author; a stranger can do neither", async () => {
    const ada = await newUser("TEACHER", "Ada Staying");
    const ben = await newUser("TEACHER", "Ben Leaving");
    const stranger = await newUser("TEACHER");
    const { id } = await createDraft(ada.id, ARTICLE);
    await expect(removeDraftAuthor(ada.id, id, ada.id)).rejects.toThrow("A draft keeps at least one author: delete the draft instead.");
    await addDraftAuthor(ada.id, id, ben.email);
    await expect(removeDraftAuthor(stranger.id, id, ben.id)).rejects.toThrow(/does not exist/);
    await expect(removeDraftAuthor(ada.id, id, stranger.id)).rejects.toThrow("That teacher is not an author of this draft.");
    expect(await removeDraftAuthor(ben.id, id, ben.id)).toEqual({ left: true });
    await expect(getDraft(ben.id, id)).rejects.toThrow(/does not exist/);
    expect((await getDraft(ada.id, id)).authors.map((a) => a.name)).toEqual(["Ada Staying"]);
    await addDraftAuthor(ada.id, id, ben.email);
    expect(await removeDraftAuthor(ada.id, id, ben.id)).toEqual({ left: false });
    expect(await listDrafts(ben.id)).toEqual([]);
  });
});
