import { Markdown } from "@/components/markdown";
import { remarkGlossaryLinks, type GlossaryEntry } from "@/lib/learn/glossary";

/** A learn page's Markdown, through the portal's sanitising renderer, with its glossary words linked. */
export function LearnMarkdown({ body, glossary }: { body: string; glossary: readonly GlossaryEntry[] }) {
  return (
    <Markdown editorial remarkPlugins={[remarkGlossaryLinks(glossary)]}>
      {body}
    </Markdown>
  );
}
