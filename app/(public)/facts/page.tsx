import type { Metadata } from "next";
import { Prose } from "@/components/prose";
import { FactStatusBadge } from "@/components/ui/fact-status-badge";
import { getFacts } from "@/lib/content/queries";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Background facts" };

export default async function FactsPage() {
  const facts = await getFacts();
  return (
    <div className="narrow">
      <p className="eyebrow">Background</p>
      <h1>Background facts</h1>
      <p className="lede">
        What the article does not say: treaty text, dates and IHL rules, each with the source it was checked in and the day
        it was true or checked (&ldquo;as of&rdquo;). Questions rest only on verified facts or on the article itself.
      </p>
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
              <Prose body={f.text} />
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
    </div>
  );
}
