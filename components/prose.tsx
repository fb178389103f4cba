import type { ReactNode } from "react";
import { refHref, refLabel, refTitle, tokenizeCitations } from "@/lib/content/citations";
import { parseBlocks, parseInline } from "@/lib/content/prose";

/*
 * Text is rendered as plain strings beside the elements, in one flat list per block, never
 * wrapped in fragments: each fragment would be written out again in the page's RSC payload
 * (a long lesson has hundreds of text runs), and the browser would parse and hydrate it.
 */

/** A run of text with its citations linked to their paragraph or fact. */
function citations(text: string, key: string): ReactNode[] {
  return tokenizeCitations(text).map((t, i) =>
    t.kind === "text" ? (
      t.text
    ) : (
      <a key={`${key}.${i}`} className="cite" href={refHref(t.ref)} title={refTitle(t.ref)}>
        {refLabel(t.ref)}
      </a>
    ),
  );
}

/** Inline text: **bold** and citations. */
function inline(text: string): ReactNode[] {
  return parseInline(text).flatMap((span, i): ReactNode[] =>
    span.bold ? [<strong key={`b${i}`}>{citations(span.text, `b${i}`)}</strong>] : citations(span.text, String(i)),
  );
}

/** Renders lesson prose: paragraphs, "- " lists and "> " quotes. */
export function Prose({ body }: { body: string }) {
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
