import type { Metadata } from "next";
import { FactsList } from "@/components/course/facts-list";
import { getFacts } from "@/lib/content/queries";

export const metadata: Metadata = { title: "Background facts" };

export default async function FactsPage() {
  const facts = await getFacts();
  return (
    <div className="narrow">
      <p className="eyebrow">Background</p>
      <h1>Background facts</h1>
      <p className="lede">
        What the article does not say: treaty text, dates and IHL rules, each with the source it was checked in and the day
        it was true or checked (&ldquo;as of&rdquo;). Questions rest only on verified facts or on the article itself.
      </p>
      <FactsList facts={facts} base="" />
    </div>
  );
}
