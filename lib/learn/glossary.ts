import { LearnContentError } from "./front-matter";

// The glossary file's body: an introduction, then one entry per "## Term" heading. A line "also: a, b" straight
// under the heading lists other forms of the term (a plural, an abbreviation) that link to the same entry.

export interface GlossaryEntry {
  term: string;
  /** The entry's anchor on the glossary page: /learn/glossary#<slug>. */
  slug: string;
  /** The term and its other forms, as they may appear in a sentence. */
  forms: string[];
  /** The definition, in Markdown. */
  definition: string;
}

export const GLOSSARY_PATH = "/learn/glossary";

export function glossarySlug(term: string): string {
  return term
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function parseGlossary(body: string, source: string): { introduction: string; entries: GlossaryEntry[] } {
  const [introduction = "", ...chunks] = body.split(/^## /m);
  const entries = chunks.map((chunk) => {
    const [heading = "", ...rest] = chunk.split("\n");
    const term = heading.trim();
    let lines = rest;
    const also = /^also:\s*(.*)$/i.exec(lines.find((l) => l.trim() !== "")?.trim() ?? "");
    if (also) lines = lines.slice(lines.findIndex((l) => l.trim() !== "") + 1);
    const definition = lines.join("\n").trim();
    if (!term || !definition) throw new LearnContentError(`${source}: the entry "${term}" needs a definition.`);
    const forms = [term, ...(also?.[1] ?? "").split(",").map((f) => f.trim())].filter(Boolean);
    return { term, slug: glossarySlug(term), forms, definition };
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const key of [`#${entry.slug}`, ...entry.forms.map((f) => f.toLowerCase())]) {
      if (seen.has(key)) throw new LearnContentError(`${source}: "${key.replace(/^#/, "")}" is in the glossary twice.`);
      seen.add(key);
    }
  }
  return { introduction: introduction.trim(), entries: entries.sort((a, b) => a.term.localeCompare(b.term, "en-GB")) };
}

/** The part of a Markdown syntax tree node (mdast) the linker reads and writes. */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

// Words inside these are left alone: a link cannot hold another link, and a heading or code is no place for one.
const SKIPPED = new Set(["link", "linkReference", "heading", "inlineCode", "code", "definition", "html"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A remark plugin that links the first place each glossary term appears in a page to its entry in the glossary
 * (later places stay plain text, so a paragraph is not a sea of links). Matches whole words, any case; a longer
 * term wins over a shorter one inside it ("open data" before "data").
 */
export function remarkGlossaryLinks(entries: readonly GlossaryEntry[]) {
  const forms = entries
    .flatMap((entry) => entry.forms.map((form) => ({ form, slug: entry.slug })))
    .sort((a, b) => b.form.length - a.form.length);
  return () => (tree: MdNode) => {
    const linked = new Set<string>();
    const pattern = () => {
      const open = forms.filter((f) => !linked.has(f.slug));
      if (!open.length) return null;
      return new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${open.map((f) => escapeRegExp(f.form)).join("|")})(?![\\p{L}\\p{N}])`,
        "iu",
      );
    };
    const slugOf = (matched: string) => forms.find((f) => f.form.toLowerCase() === matched.toLowerCase())!.slug;

    const visit = (node: MdNode) => {
      if (!node.children || SKIPPED.has(node.type)) return;
      const out: MdNode[] = [];
      for (const child of node.children) {
        if (child.type !== "text") {
          visit(child);
          out.push(child);
          continue;
        }
        let rest = child.value ?? "";
        for (let re = pattern(); re; re = pattern()) {
          const match = re.exec(rest);
          if (!match) break;
          const slug = slugOf(match[0]);
          linked.add(slug);
          if (match.index > 0) out.push({ type: "text", value: rest.slice(0, match.index) });
          out.push({ type: "link", url: `${GLOSSARY_PATH}#${slug}`, children: [{ type: "text", value: match[0] }] });
          rest = rest.slice(match.index + match[0].length);
        }
        if (rest) out.push({ type: "text", value: rest });
      }
      node.children = out;
    };
    visit(tree);
  };
}
