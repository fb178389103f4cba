/**
 * A score as a bar and a figure, announced once: the native <meter> carries the name and the
 * value ("Grade, 47.1%"), and the figure beside it, the same number for the eye, is hidden
 * from screen readers. Styled to look like the app's other bars in globals.css (meter.bar).
 */
export function ScoreBar({ percent, name, text = `${percent}%` }: { percent: number; name: string; text?: string }) {
  return (
    <span className="grade-bar">
      <meter className="bar" min={0} max={100} value={Math.max(0, Math.min(100, percent))} aria-label={name} aria-valuetext={`${percent}%`} />
      <span aria-hidden="true">{text}</span>
    </span>
  );
}
