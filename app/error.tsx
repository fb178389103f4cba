"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow stack">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Your saved work is safe. Try again, or come back in a minute.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
