import Link from "next/link";

const TABS = [
  { key: "article", label: "Article", path: "" },
  { key: "facts", label: "Background facts", path: "/facts" },
  { key: "lessons", label: "Lessons", path: "/lessons" },
  { key: "checklist", label: "Checklist", path: "/checklist" },
] as const;

/** The parts of a draft, one page each. */
export function DraftNav({ draftId, current }: { draftId: string; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav className="tabs" aria-label="Draft">
      {TABS.map((tab) => (
        <Link key={tab.key} href={`/teach/courses/${draftId}${tab.path}`} aria-current={tab.key === current ? "page" : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
