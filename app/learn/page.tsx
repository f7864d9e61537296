import type { Metadata } from "next";
import Link from "next/link";
import { LearnMarkdown } from "@/components/learn/learn-markdown";
import { listThemeGuideSlugs, readGlossary, readLearnIntroduction } from "@/lib/learn/content";
import { listActiveThemes } from "@/lib/themes/queries";

export const metadata: Metadata = { title: "Learn: what is a smart city?" };

/** The front of the learn section: what a smart city is (content/learn/smart-cities.md), then a guide per theme. */
export default async function LearnPage() {
  const introduction = readLearnIntroduction();
  const glossary = readGlossary();
  const guides = new Set(listThemeGuideSlugs());
  const themes = (await listActiveThemes()).filter((t) => guides.has(t.slug));
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-4xl">{introduction.title}</h1>
      <p className="mb-8 text-xl">{introduction.summary}</p>
      <LearnMarkdown body={introduction.body} glossary={glossary.entries} />

      <section aria-labelledby="themes-heading" className="mt-10">
        <h2 id="themes-heading" className="mb-4 text-2xl">
          Guides by theme
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.slug} className="border-l-4 border-brand bg-wash p-4">
              <h3 className="mb-2 text-xl">
                <Link prefetch={false} href={`/learn/${theme.slug}`}>
                  {theme.name}
                </Link>
              </h3>
              <p className="text-base">{theme.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="more-heading" className="mt-10">
        <h2 id="more-heading" className="mb-4 text-2xl">
          More to help you
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <Link prefetch={false} href="/learn/glossary">
              Glossary: what the partners&apos; words mean
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/teachers">
              For teachers: how to run a session with a class
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
