import { Prose } from "@/components/prose";
import { FactStatusBadge } from "@/components/ui/fact-status-badge";
import type { getFacts } from "@/lib/content/queries";
import { refHref } from "@/lib/content/citations";
import { formatDay } from "@/lib/format";

type Facts = Awaited<ReturnType<typeof getFacts>>;

/** A course's background facts, each with its status, its "as of" day and its sources. */
export function FactsList({ facts, base }: { facts: Facts; base: string }) {
  return (
    <ol className="stack" style={{ listStyle: "none", padding: 0, marginTop: "2rem" }}>
      {facts.map((f) => (
        <li key={f.number} id={`fact-${f.number}`} className="card fact">
          <div className="fact__head">
            <h2>
              <a href={`#fact-${f.number}`}>Fact {f.number}</a> · {f.topic}
            </h2>
            <FactStatusBadge status={f.status} />
            {f.asOf && <span className="fact__as-of">as of {formatDay(f.asOf)}</span>}
          </div>
          <div className="fact__text">
            <Prose body={f.text} hrefOf={(ref) => refHref(ref, base)} />
          </div>
          {f.caveat && (
            <p className="field__hint">
              <strong>Not verified:</strong> {f.caveat}
            </p>
          )}
          <ul className="fact__sources" aria-label="Sources">
            {(f.sources as string[]).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
