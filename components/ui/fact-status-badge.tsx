const STATUS = {
  verified: { label: "Verified", className: "badge badge--good" },
  partly: { label: "Partly verified", className: "badge badge--warn" },
  unverified: { label: "Unverified", className: "badge" },
} as const;

/** A background fact's status as checked: verified, partly verified or unverified. */
export function FactStatusBadge({ status }: { status: string }) {
  const s = STATUS[status as keyof typeof STATUS] ?? STATUS.unverified;
  return <span className={s.className}>{s.label}</span>;
}
