import Link from "next/link";

const TABS = [
  { key: "overview", label: "Students and invites", href: "" },
  { key: "gradebook", label: "Gradebook", href: "/gradebook" },
  { key: "retention", label: "What they forget", href: "/retention" },
  { key: "new", label: "New assignment", href: "/assignments/new" },
] as const;

/** The heading and tabs shared by a class's teacher pages. */
export function ClassNav({ classId, name, current }: { classId: string; name: string; current: (typeof TABS)[number]["key"] | null }) {
  return (
    <>
      <p className="eyebrow">
        <Link href="/teach">Your classes</Link>
      </p>
      <h1>{name}</h1>
      <nav className="tabs" aria-label="Class">
        {TABS.map((t) => (
          <Link key={t.key} href={`/teach/classes/${classId}${t.href}`} aria-current={t.key === current ? "page" : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
