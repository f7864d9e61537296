// Issue 21, point 1: the learn pages are Markdown files in content/learn, rendered through the portal's sanitising
// renderer. These tests read the real files, so an edit that breaks a page, a link or the glossary fails here.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { LearnMarkdown } from "@/components/learn/learn-markdown";
import { parseFrontMatter } from "@/lib/learn/front-matter";
import {
  listThemeGuides,
  listThemeGuideSlugs,
  readGlossary,
  readLearnIntroduction,
  type LearnPage,
} from "@/lib/learn/content";
import { GLOSSARY_PATH, parseGlossary, type GlossaryEntry } from "@/lib/learn/glossary";
import { themes } from "@/prisma/seed-data/reference";

const glossary = readGlossary();
const pages: [string, LearnPage][] = [
  ["/learn", readLearnIntroduction()],
  ...listThemeGuides().map((g): [string, LearnPage] => [`/learn/${g.theme}`, g]),
];

function render(body: string, entries: readonly GlossaryEntry[] = glossary.entries): string {
  return renderToStaticMarkup(createElement(LearnMarkdown, { body, glossary: entries }));
}

interface MdNode {
  type: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

function nodesOf(markdown: string): MdNode[] {
  const all: MdNode[] = [];
  const walk = (node: MdNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(fromMarkdown(markdown) as MdNode);
  return all;
}

describe("every theme has a learn page", () => {
  it.each(themes.map((t) => [t.slug]))("content/learn/themes/%s.md exists and has a title and a summary", (slug) => {
    expect(listThemeGuideSlugs()).toContain(slug);
    const guide = listThemeGuides().find((g) => g.theme === slug)!;
    expect(guide.title.length).toBeGreaterThan(3);
    expect(guide.summary.length).toBeGreaterThan(20);
  });

  it("has no guide for a theme that does not exist (a misspelt file name would never be shown)", () => {
    expect(listThemeGuideSlugs().sort()).toEqual(themes.map((t) => t.slug).sort());
  });
});

describe("every learn page's Markdown renders through the sanitising renderer", () => {
  it.each(pages)("%s renders with its section headings, explanations, examples and trade-offs", (_route, page) => {
    const html = render(page.body);
    expect(html.match(/<h2>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/<h2>[^<]*trade-offs<\/h2>/i);
    expect(html).toContain("<ul>");
    // Nothing the renderer would refuse: no level-1 heading (the page's own title is the only one), no raw HTML
    // (it would show as typed), no images, no tables.
    const types = new Set(nodesOf(page.body).map((n) => n.type));
    for (const refused of ["html", "image", "table"]) expect(types).not.toContain(refused);
    expect(nodesOf(page.body).some((n) => n.type === "heading" && n.depth === 1)).toBe(false);
    expect(html).not.toMatch(/&lt;|<script|<h1/);
  });

  it("names the public source of the examples on every theme page", () => {
    for (const guide of listThemeGuides()) {
      const sources = guide.body.match(/([*_])Source: [^*_]+\1/g) ?? [];
      expect(sources.length, guide.theme).toBeGreaterThanOrEqual(2);
    }
  });

  it("the glossary's introduction and every definition render", () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(15);
    for (const entry of glossary.entries) {
      const html = render(entry.definition, []);
      expect(html, entry.term).toMatch(/^<div[^>]*><p>.+<\/p><\/div>$/s);
    }
  });

  it("keeps typed HTML as text and drops unsafe link schemes, as for everything else the renderer shows", () => {
    const html = render("## Heading\n\n<b>bold</b> and [a link](javascript:alert(1))", []);
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(html).not.toContain("javascript:");
  });

  it("reads the header of a file and refuses one it cannot read, naming the file", () => {
    expect(parseFrontMatter('---\ntitle: A page\nsummary: "Quoted"\n---\n\nBody.', "x.md")).toEqual({
      fields: { title: "A page", summary: "Quoted" },
      body: "Body.",
    });
    expect(() => parseFrontMatter("---\ntitle A page\n---\nBody", "x.md")).toThrow(/x\.md, header line 2/);
    expect(() => parseFrontMatter("---\ntitle: A page\n", "x.md")).toThrow(/no closing/);
  });
});

/** The app's page routes, from app/**\/page.tsx: "/learn/[theme]" and the like. */
function appRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        // Route groups "(name)" add nothing to the path.
        walk(full, /^\(.*\)$/.test(name) ? route : `${route}/${name}`);
      } else if (name === "page.tsx") routes.push(route || "/");
    }
  };
  walk(path.join(process.cwd(), "app"), "");
  return routes;
}

/** Whether an internal link leads to a page: an app route, a theme guide, or an entry in the glossary. */
function resolves(href: string, routes: string[]): boolean {
  const url = new URL(href, "https://portal.invalid");
  const segments = url.pathname.split("/").filter(Boolean);
  if (segments[0] === "learn" && segments.length === 2 && segments[1] !== "glossary") {
    return listThemeGuideSlugs().includes(segments[1]!);
  }
  if (url.pathname === GLOSSARY_PATH && url.hash) {
    return glossary.entries.some((e) => `#${e.slug}` === url.hash);
  }
  return routes.some((route) => {
    const parts = route.split("/").filter(Boolean);
    return (
      parts.length === segments.length &&
      parts.every((part, i) => part === segments[i] || (/^\[[^.\]]+\]$/.test(part) && segments[i] !== ""))
    );
  });
}

describe("every internal link in learn content resolves", () => {
  const routes = appRoutes();
  const sources: [string, string][] = [
    ...pages.map(([route, page]): [string, string] => [route, page.body]),
    ["/learn/glossary", glossary.body],
    ...glossary.entries.map((e): [string, string] => [`/learn/glossary#${e.slug}`, e.definition]),
  ];

  it("knows the app's routes (so that a link to a missing page can fail)", () => {
    expect(routes).toEqual(expect.arrayContaining(["/questions", "/questions/ask", "/learn", "/learn/[theme]"]));
    expect(resolves("/questions?theme=transport-and-mobility", routes)).toBe(true);
    expect(resolves("/no-such-page", routes)).toBe(false);
    expect(resolves("/learn/no-such-theme", routes)).toBe(false);
    expect(resolves("/learn/glossary#no-such-term", routes)).toBe(false);
  });

  it.each(sources)("every link in %s leads to a page of the portal", (_where, markdown) => {
    const links = nodesOf(markdown)
      .filter((n) => n.type === "link")
      .map((n) => n.url ?? "");
    for (const href of links) {
      // Learn content links only within the portal: an outside page can move, and a source is named, not linked.
      expect(href, "an internal link").toMatch(/^\//);
      expect(resolves(href, routes), href).toBe(true);
    }
  });

  it("the glossary links it adds lead to entries that exist", () => {
    const linked = pages.flatMap(([, page]) => [...render(page.body).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
    expect(linked.length).toBeGreaterThan(pages.length);
    for (const href of linked) expect(resolves(href, routes), href).toBe(true);
  });
});

describe("glossary terms are linked where they appear", () => {
  const linksIn = (html: string) => [...html.matchAll(/<a href="\/learn\/glossary#([^"]+)">([^<]*)<\/a>/g)];

  it("links the first appearance of a term, in any case, and no later one", () => {
    const html = render("Open data is useful.\n\nMore **open data** here, and a SENSOR, then sensors.");
    expect(linksIn(html).map((m) => [m[1], m[2]])).toEqual([
      ["open-data", "Open data"],
      ["sensor", "SENSOR"],
    ]);
  });

  it("matches whole words only, prefers the longer term, and leaves headings, code and links alone", () => {
    const html = render(
      "## Open data\n\nThe `open data` code, [open data](/questions) already linked, and the paint (not AI) in real-time information.",
    );
    expect(html).toContain("<h2>Open data</h2>");
    expect(html).toContain("<code>open data</code>");
    expect(linksIn(html).map((m) => m[1])).toEqual(["artificial-intelligence", "real-time-information"]);
    expect(html).toContain(">real-time information</a>");
    expect(linksIn(render("The paint was said to be maintained.")).length).toBe(0);
  });

  it("every glossary term is linked from at least one learn page, and each page links a term at most once", () => {
    const linkedTerms = new Set<string>();
    for (const [route, page] of pages) {
      const slugs = linksIn(render(page.body)).map((m) => m[1]!);
      expect(new Set(slugs).size, route).toBe(slugs.length);
      slugs.forEach((s) => linkedTerms.add(s));
    }
    expect([...glossary.entries.map((e) => e.slug)].filter((s) => !linkedTerms.has(s))).toEqual([]);
  });

  it("refuses a glossary with a term twice, or an entry with no definition", () => {
    expect(() => parseGlossary("Intro\n\n## Sensor\nalso: gauge\n\nA.\n\n## Gauge\n\nB.", "g.md")).toThrow(/twice/);
    expect(() => parseGlossary("Intro\n\n## Sensor\n\n## Gauge\n\nB.", "g.md")).toThrow(/needs a definition/);
  });
});
