"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Time left, counted down from what the server said when the page was built.
 * It measures elapsed time with the monotonic clock, so changing the computer's
 * clock changes nothing; the server enforces the deadline in any case.
 */
export function Countdown({ remainingMs, onExpire }: { remainingMs: number; onExpire: () => void }) {
  const [left, setLeft] = useState(remainingMs);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);
  useEffect(() => {
    const start = performance.now();
    const tick = setInterval(() => {
      const next = Math.max(0, remainingMs - (performance.now() - start));
      setLeft(next);
      if (next === 0) {
        clearInterval(tick);
        expire.current();
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [remainingMs]);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  const urgent = left < 60_000;
  return (
    <span className={`badge ${urgent ? "badge--warn" : "badge--accent"}`} data-testid="time-left" aria-live={urgent ? "polite" : "off"}>
      Time left: {minutes}:{String(seconds).padStart(2, "0")}
    </span>
  );
}
