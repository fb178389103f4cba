import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { requireTeacher } from "@/lib/auth/session";
import { createDraftAction } from "../actions";

export const metadata: Metadata = { title: "New course from an article" };

export default async function NewCoursePage() {
  await requireTeacher();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/teach/courses">Your courses</Link>
      </p>
      <h1>New course from an article</h1>
      <p className="lede">
        Paste the article as it was published. Each paragraph becomes ¶1, ¶2 and so on; on the next page you can merge paragraphs the paste broke apart, or split
        ones it ran together. The draft is yours until you add co-authors.
      </p>
      <section className="card">
        <ActionForm
          action={createDraftAction}
          fields={[
            { name: "title", label: "Course title", hint: "What students see, for example: The ICJ and the Genocide Convention" },
            { name: "articleTitle", label: "Article title", hint: "The headline, as published" },
            { name: "articleSource", label: "Publication", hint: "For example: Reuters, Ukrainska Pravda" },
            { name: "articleDate", label: "Published on", type: "date" },
            { name: "articleUrl", label: "Address", type: "url", hint: "The article's web address, starting with https://" },
            { name: "language", label: "Language", defaultValue: "en", hint: "A language code: en for English, uk for Ukrainian, fr for French" },
            { name: "text", label: "Article text", rows: 14, hint: "Leave a blank line between paragraphs. A paste with no blank lines is split at each line break." },
          ]}
          submitLabel="Create the draft"
          pendingLabel="Creating…"
          redirectTo="/teach/courses/:id"
        />
      </section>
    </div>
  );
}
