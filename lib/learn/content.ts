import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LearnContentError, parseFrontMatter, requiredField } from "./front-matter";
import { parseGlossary, type GlossaryEntry } from "./glossary";

// The learn pages' words live in content/learn as Markdown, so that they can be corrected without touching code:
// the introduction (smart-cities.md), one guide per theme (themes/<theme slug>.md: the file name is the theme's
// slug) and the glossary (glossary.md). They are read from disk when a page is asked for, so an edited file shows
// on the next request once deployed.

export const LEARN_CONTENT_DIR = path.join(process.cwd(), "content", "learn");
const THEMES_DIR = path.join(LEARN_CONTENT_DIR, "themes");
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LearnPage {
  title: string;
  /** One or two sentences: shown under the title and on the list of guides. */
  summary: string;
  /** The Markdown of the page. */
  body: string;
}

export interface ThemeGuide extends LearnPage {
  /** The slug of the theme it explains (its file name). */
  theme: string;
}

function readPage(file: string): LearnPage {
  const source = path.relative(process.cwd(), file);
  const doc = parseFrontMatter(readFileSync(file, "utf8"), source);
  if (!doc.body) throw new LearnContentError(`${source}: the page has no text after its header.`);
  return { title: requiredField(doc, "title", source), summary: requiredField(doc, "summary", source), body: doc.body };
}

/** The introduction at /learn: what a smart city is. */
export function readLearnIntroduction(): LearnPage {
  return readPage(path.join(LEARN_CONTENT_DIR, "smart-cities.md"));
}

/** The slugs of the themes that have a guide. */
export function listThemeGuideSlugs(): string[] {
  return readdirSync(THEMES_DIR)
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3))
    .filter((slug) => SLUG.test(slug))
    .sort();
}

/** A theme's guide, or null when that theme has none (or the slug could not be a file name of ours). */
export function readThemeGuide(theme: string): ThemeGuide | null {
  if (!SLUG.test(theme) || !listThemeGuideSlugs().includes(theme)) return null;
  return { theme, ...readPage(path.join(THEMES_DIR, `${theme}.md`)) };
}

/** Every theme guide, by slug. */
export function listThemeGuides(): ThemeGuide[] {
  return listThemeGuideSlugs().map((slug) => readThemeGuide(slug)!);
}

export interface Glossary extends LearnPage {
  entries: GlossaryEntry[];
}

/** The glossary of the partners' jargon (glossary.md): its introduction and its entries, A to Z. */
export function readGlossary(): Glossary {
  const page = readPage(path.join(LEARN_CONTENT_DIR, "glossary.md"));
  const { introduction, entries } = parseGlossary(page.body, "content/learn/glossary.md");
  return { ...page, body: introduction, entries };
}
