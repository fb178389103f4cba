import type { ReactNode } from "react";
import { refHref, refLabel, refTitle, tokenizeCitations } from "@/lib/content/citations";
import { parseBlocks, parseInline } from "@/lib/content/prose";
import type { SourceRef } from "@/lib/content/schema";

/*
 * Text is rendered as plain strings beside the elements, in one flat list per block, never
 * wrapped in fragments: each fragment would be written out again in the page's RSC payload
 * (a long lesson has hundreds of text runs), and the browser would parse and hydrate it.
 */

/** Where a citation links to: the course's article and facts pages, or a draft's. */
type HrefOf = (ref: SourceRef) => string;

/** A run of text with its citations linked to their paragraph or fact. */
function citations(text: string, key: string, hrefOf: HrefOf): ReactNode[] {
  return tokenizeCitations(text).map((t, i) =>
    t.kind === "text" ? (
      t.text
    ) : (
      <a key={`${key}.${i}`} className="cite" href={hrefOf(t.ref)} title={refTitle(t.ref)}>
        {refLabel(t.ref)}
      </a>
    ),
  );
}

/** Inline text: **bold** and citations. */
function inlineWith(hrefOf: HrefOf) {
  return (text: string): ReactNode[] =>
    parseInline(text).flatMap((span, i): ReactNode[] =>
      span.bold ? [<strong key={`b${i}`}>{citations(span.text, `b${i}`, hrefOf)}</strong>] : citations(span.text, String(i), hrefOf),
    );
}

/** Renders lesson prose: paragraphs, "- " lists and "> " quotes. */
export function Prose({ body, hrefOf = refHref }: { body: string; hrefOf?: HrefOf }) {
  const inline = inlineWith(hrefOf);
  return (
    <div className="prose">
      {parseBlocks(body).map((block, i) => {
        if (block.kind === "list")
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{inline(item)}</li>
              ))}
            </ul>
          );
        if (block.kind === "quote")
          return (
            <blockquote key={i}>
              <p>{inline(block.text)}</p>
            </blockquote>
          );
        return <p key={i}>{inline(block.text)}</p>;
      })}
    </div>
  );
}
