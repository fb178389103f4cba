"use client";

/** "Move up" and "Move down" for one item of a list of `count`; `name` says which ("section 2"), for screen readers. */
export function MoveButtons({ n, count, name, onMove }: { n: number; count: number; name: string; onMove: (by: -1 | 1) => void }) {
  return (
    <>
      {n > 1 && (
        <button type="button" className="button button--secondary button--small" aria-label={`Move ${name} up`} onClick={() => onMove(-1)}>
          Move up
        </button>
      )}
      {n < count && (
        <button type="button" className="button button--secondary button--small" aria-label={`Move ${name} down`} onClick={() => onMove(1)}>
          Move down
        </button>
      )}
    </>
  );
}
