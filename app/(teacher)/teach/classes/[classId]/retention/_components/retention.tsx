import type { getClassRetention } from "@/lib/learning/queries";

/** What the class keeps forgetting, from the students' spaced review: per objective and per paragraph. */
export function Retention({ retention }: { retention: NonNullable<Awaited<ReturnType<typeof getClassRetention>>> }) {
  const tables = [
    { id: "objective", title: "Per learning objective", rows: retention.byObjective.slice(0, 10) },
    { id: "paragraph", title: "Per article paragraph", rows: retention.byParagraph },
  ];
  return (
    <section aria-labelledby="retention-heading" data-testid="retention">
      <h2 id="retention-heading">What the class keeps forgetting</h2>
      {retention.byObjective.length === 0 ? (
        <p className="muted">No student has questions in spaced review yet. Questions a student misses enter it, and come back over days until they are remembered.</p>
      ) : (
        <>
          <p className="muted">
            From the students&apos; spaced review: questions they missed, how many are due again now, and how often they were missed again in review. Most missed first.
          </p>
          <div className="chart-row">
            {tables.map((t) => (
              <div key={t.id} className="table-scroll">
                <table className="results-table" data-testid={`retention-${t.id}`}>
                  <caption className="table-caption">{t.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.id === "objective" ? "Objective" : "Paragraph"}</th>
                      <th scope="col">Students</th>
                      <th scope="col">In review</th>
                      <th scope="col">Due now</th>
                      <th scope="col">Missed again</th>
                    </tr>
                  </thead>
                  <tbody>
                    {t.rows.map((r) => (
                      <tr key={r.key}>
                        <th scope="row" className="retention-label">
                          {r.label}
                        </th>
                        <td>{r.students}</td>
                        <td>{r.inReview}</td>
                        <td>{r.dueNow}</td>
                        <td>{r.lapses}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
