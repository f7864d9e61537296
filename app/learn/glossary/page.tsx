import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { readGlossary } from "@/lib/learn/content";
import type { GlossaryEntry } from "@/lib/learn/glossary";

/** The short forms people meet ("AI", "IoT"), shown beside the term; plurals and spellings are not. */
function abbreviations(entry: GlossaryEntry): string[] {
  return entry.forms.slice(1).filter((form) => /^[A-Z0-9][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/.test(form));
}

export const metadata: Metadata = { title: "Glossary" };

/** The partners' jargon in plain English (content/learn/glossary.md); learn guides link their words here. */
export default function GlossaryPage() {
  const glossary = readGlossary();
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-base">
        <Link href="/learn">Learn</Link>
      </nav>
      <h1 className="mb-4 text-4xl">{glossary.title}</h1>
      <p className="mb-6 text-xl">{glossary.summary}</p>
      <Markdown editorial>{glossary.body}</Markdown>
      <dl className="mt-8">
        {glossary.entries.map((entry) => (
          <div key={entry.slug} className="border-b border-line py-4">
            <dt id={entry.slug} className="mb-2 scroll-mt-4 text-xl font-bold">
              {entry.term}
              {abbreviations(entry).length ? ` (${abbreviations(entry).join(", ")})` : null}
            </dt>
            <dd>
              <Markdown editorial>{entry.definition}</Markdown>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
