import { Fragment } from "react";
import { refHref, refLabel, refTitle, tokenizeCitations } from "@/lib/content/citations";
import { parseBlocks, parseInline } from "@/lib/content/prose";

/** Inline text: **bold** and citations that link to their paragraph or fact. */
function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((span, i) =>
        span.bold ? (
          <strong key={i}>
            <Citations text={span.text} />
          </strong>
        ) : (
          <Fragment key={i}>
            <Citations text={span.text} />
          </Fragment>
        ),
      )}
    </>
  );
}

function Citations({ text }: { text: string }) {
  return (
    <>
      {tokenizeCitations(text).map((t, i) =>
        t.kind === "text" ? (
          <Fragment key={i}>{t.text}</Fragment>
        ) : (
          <a key={i} className="cite" href={refHref(t.ref)} title={refTitle(t.ref)}>
            {refLabel(t.ref)}
          </a>
        ),
      )}
    </>
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
                <li key={j}>
                  <Inline text={item} />
                </li>
              ))}
            </ul>
          );
        if (block.kind === "quote")
          return (
            <blockquote key={i}>
              <p>
                <Inline text={block.text} />
              </p>
            </blockquote>
          );
        return (
          <p key={i}>
            <Inline text={block.text} />
          </p>
        );
      })}
    </div>
  );
}
