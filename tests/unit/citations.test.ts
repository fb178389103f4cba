import { describe, expect, it } from "vitest";
import { citedRefs, refHref, tokenizeCitations } from "@/lib/content/citations";
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
