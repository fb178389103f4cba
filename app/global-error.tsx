"use client";

import "./globals.css";

/**
 * Shown when the root layout itself fails (for example while the database is down), in place
 * of Next's bare error page. It must bring its own <html> and <body>.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="narrow stack">
          <h1>IHL Classroom is not available right now</h1>
          <p>The page could not be shown. Your saved work is safe. Try again in a minute; if it goes on, tell your teacher or the school&apos;s IT team.</p>
          <button type="button" className="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
