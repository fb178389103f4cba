import Link from "next/link";
import { pageNumbers, type Page } from "@/lib/assignments/paging";
import { formatNumber } from "@/lib/format";

/** "Showing 51–100 of 1,000 students" and links to the other pages; the page is in the URL. */
export function PageSummary({ page, noun, of: classSize }: { page: Page<unknown>; noun: string; of?: number }) {
  const n = formatNumber;
  const whole = classSize !== undefined && classSize !== page.total ? ` matching (${n(classSize)} in all)` : "";
  return page.total === 0 ? <>No {noun} match.</> : <>{`Showing ${n(page.from)}–${n(page.to)} of ${n(page.total)} ${noun}${whole}.`}</>;
}

export function Pager({ page, href, label }: { page: Page<unknown>; href: (changes: { page: number }) => string; label: string }) {
  if (page.pages <= 1) return null;
  return (
    <nav className="page-nav" aria-label={label}>
      {page.page > 1 ? (
        <Link href={href({ page: page.page - 1 })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="page-nav__off">← Previous</span>
      )}
      <ol>
        {pageNumbers(page.page, page.pages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page.page ? (
              <span aria-current="page" className="page-nav__current">
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={href({ page: n })} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page.page < page.pages ? (
        <Link href={href({ page: page.page + 1 })} rel="next">
          Next →
        </Link>
      ) : (
        <span className="page-nav__off">Next →</span>
      )}
    </nav>
  );
}

/** The page-size choice, for a GET filter form. */
export function PageSizeField({ id, size, sizes }: { id: string; size: number; sizes: readonly number[] }) {
  return (
    <div className="field field--narrow">
      <label htmlFor={id}>Per page</label>
      <select id={id} name="size" className="input" defaultValue={size}>
        {sizes.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}
