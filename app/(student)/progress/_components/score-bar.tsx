/** A score as a bar, with the score as its one accessible name. */
export function ScoreBar({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="bar" role="img" aria-label={label}>
      <span style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </span>
  );
}
