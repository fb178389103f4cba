import { describe, expect, it } from "vitest";
import { articleDateline, citedRefs, parseRef, refHref, refLabel, tokenizeCitations } from "@/lib/content/citations";
import { readImageCredit, storedImageCredit } from "@/lib/content/credit";
import { parseBlocks, parseInline } from "@/lib/content/prose";

describe("citations in prose", () => {
  it("splits text around [¶n] and [fact:n]", () => {
    expect(tokenizeCitations("Kostenko announced it [¶8], see Art. 20 [fact:15].")).toEqual([
      { kind: "text", text: "Kostenko announced it " },
      { kind: "ref", ref: "p8" },
      { kind: "text", text: ", see Art. 20 " },
      { kind: "ref", ref: "fact:15" },
      { kind: "text", text: "." },
    ]);
  });
  it("lists each reference once and ignores look-alikes", () => {
    expect(citedRefs("[¶1] a [¶1] b [fact:2] [p3] [fact:x] ¶4")).toEqual(["p1", "fact:2"]);
  });
  it("links paragraphs to the article and facts to the facts page", () => {
    expect(refHref("p5")).toBe("/article#p5");
    expect(refHref("fact:15")).toBe("/facts#fact-15");
  });
});

describe("lesson prose", () => {
  it("parses paragraphs, lists and quotes", () => {
    const body = 'First line\ncontinues.\n\n- one\n- two\n  wraps\n\n> "Quoted"\n> more';
    expect(parseBlocks(body)).toEqual([
      { kind: "paragraph", text: "First line continues." },
      { kind: "list", items: ["one", "two wraps"] },
      { kind: "quote", text: '"Quoted" more' },
    ]);
  });
  it("parses bold", () => {
    expect(parseInline("a **b** c")).toEqual([
      { text: "a ", bold: false },
      { text: "b", bold: true },
      { text: " c", bold: false },
    ]);
  });
});

describe("lesson prose with a lead-in and a list in one block", () => {
  it("splits the lead-in from the list, as in the facts", () => {
    expect(parseBlocks('Art. 20, exact wording:\n- (1) "One."\n- (2) "Two"\n  continued.\nAfter.\n\nNext')).toEqual([
      { kind: "paragraph", text: "Art. 20, exact wording:" },
      { kind: "list", items: ['(1) "One."', '(2) "Two" continued. After.'] },
      { kind: "paragraph", text: "Next" },
    ]);
  });
});

describe("the article itself as a reference", () => {
  it("cites the article's dateline as [article], linked to the article page", () => {
    expect(tokenizeCitations("Dated 8 July 2025 [article].")).toEqual([
      { kind: "text", text: "Dated 8 July 2025 " },
      { kind: "ref", ref: "article" },
      { kind: "text", text: "." },
    ]);
    expect(refHref("article")).toBe("/article");
    expect(refLabel("article")).toBe("Article");
    expect(parseRef("article")).toEqual({ kind: "article" });
  });
  it("keeps p5 and fact:15 as they were", () => {
    expect(parseRef("p5")).toEqual({ kind: "paragraph", n: 5 });
    expect(parseRef("fact:15")).toEqual({ kind: "fact", id: 15 });
    expect(refLabel("p5")).toBe("¶\u20095");
    expect(refLabel("fact:15")).toBe("Fact 15");
  });
  it("quotes the article's title and its dateline", () => {
    expect(articleDateline({ title: "Ukraine is reviewing the ban", date: "2025-07-08", section: "War in Ukraine" })).toBe("Ukraine is reviewing the ban\n\n08.07.2025 | War in Ukraine");
  });
});

describe("the image credit", () => {
  it("keeps the credit as printed apart from our gloss", () => {
    const stored = storedImageCredit("Снимка от Pexels", "Bulgarian for “Photo from Pexels”");
    expect(readImageCredit(stored)).toEqual({ original: "Снимка от Pexels", gloss: "Bulgarian for “Photo from Pexels”" });
    expect(readImageCredit(storedImageCredit("Photo: AP", undefined))).toEqual({ original: "Photo: AP", gloss: null });
    expect(storedImageCredit(undefined, "x")).toBeNull();
  });
});
