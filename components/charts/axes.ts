/**
 * Scales and labels for the dashboard charts, which are drawn on the server as SVG (no chart
 * library and no JavaScript in the browser). A chart's width is not known on the server, so
 * positions along it are percentages of the plot, and sizes across it are pixels. Pure
 * functions, tested in tests/unit/chart-axes.test.ts.
 */

/** Five integer ticks from 0 (0, 1, 2, 3, 4 for counts up to 4; 0, 2, … 8 up to 8; …) whose top is at least `max`. */
export function countTicks(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 3, 4, 5, 10].map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  return [0, 1, 2, 3, 4].map((i) => i * step);
}

/** A pixel position along a scale of `size` pixels, for a value in [0, top]; `top` maps to 0 when `flip`. */
export const scale = (value: number, top: number, size: number, flip = true) => {
  const at = top === 0 ? 0 : (Math.min(Math.max(value, 0), top) / top) * size;
  return Math.round((flip ? size - at : at) * 100) / 100;
};

/** A percentage for an SVG attribute, rounded to two decimal places. */
export const pct = (value: number) => `${Math.round(value * 100) / 100}%`;

/**
 * Which of `count` evenly spaced labels to show, at most `max` of them: every step-th one,
 * counted back from the last, which is always shown (labels that would touch are left out,
 * as a charting library would do).
 */
export function spreadLabels(count: number, max: number): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const step = Math.ceil((count - 1) / (max - 1));
  const shown: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) shown.unshift(i);
  return shown;
}

/** Average width of a character of the 12 px tick labels, for wrapping them. */
export const CHAR_WIDTH = 6.6;

/** Breaks a label into lines of at most `width` pixels, at spaces; a word longer than a line keeps a line of its own. */
export function wrapLabel(text: string, width: number): string[] {
  const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
