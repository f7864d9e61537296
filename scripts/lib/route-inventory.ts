// The route inventory (issue 21): every page in app/ must have been checked by axe somewhere in the browser
// journeys. tests/e2e/support/axe.ts records the path of every page it checks; after a whole e2e run
// scripts/test.ts matches those paths against the routes listed here and fails naming any route never checked.
import { promises as fs } from "node:fs";
import path from "node:path";

/** A page route as its folder spells it, e.g. "/questions/[id]/edit"; "/" for app/page.tsx. */
export type RoutePattern = string;

/**
 * Every page route under appDir (each folder holding a page.tsx), with route groups "(name)" left out of the URL
 * and private folders "_name" and parallel slots "@name" skipped, as Next routes them.
 */
export async function listPageRoutes(appDir: string): Promise<RoutePattern[]> {
  const routes: RoutePattern[] = [];
  async function walk(dir: string, segments: string[]): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && /^page\.(tsx|ts|jsx|js)$/.test(e.name))) {
      routes.push("/" + segments.join("/"));
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
      const grouped = /^\(.*\)$/.test(entry.name);
      await walk(path.join(dir, entry.name), grouped ? segments : [...segments, entry.name]);
    }
  }
  await walk(appDir, []);
  return routes.sort();
}

type Segment = { kind: "static"; text: string } | { kind: "dynamic" } | { kind: "catchAll"; optional: boolean };

function parse(route: RoutePattern): Segment[] {
  return route
    .split("/")
    .filter(Boolean)
    .map((text): Segment => {
      if (/^\[\[\.\.\..+\]\]$/.test(text)) return { kind: "catchAll", optional: true };
      if (/^\[\.\.\..+\]$/.test(text)) return { kind: "catchAll", optional: false };
      if (/^\[.+\]$/.test(text)) return { kind: "dynamic" };
      return { kind: "static", text };
    });
}

function matches(pattern: Segment[], parts: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    if (segment.kind === "catchAll") return segment.optional || parts.length > i;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === "static" && segment.text !== part) return false;
  }
  return parts.length === pattern.length;
}

/** Next's precedence between two routes that both match: the first segment where they differ, static beats dynamic beats catch-all. */
function moreSpecific(a: Segment[], b: Segment[]): number {
  const rank = (s: Segment | undefined) =>
    s === undefined ? 3 : s.kind === "static" ? 0 : s.kind === "dynamic" ? 1 : 2;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = rank(a[i]) - rank(b[i]);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The route that serves a path (the most specific one that matches, as Next picks), or null for none. */
export function routeForPath(routes: readonly RoutePattern[], pathname: string): RoutePattern | null {
  let parts: string[];
  try {
    parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const candidates = routes
    .map((route) => ({ route, segments: parse(route) }))
    .filter((c) => matches(c.segments, parts));
  candidates.sort((a, b) => moreSpecific(a.segments, b.segments));
  return candidates[0]?.route ?? null;
}

/** The routes that none of the checked paths were served by. */
export function routesWithoutCheck(routes: readonly RoutePattern[], checkedPaths: Iterable<string>): RoutePattern[] {
  const covered = new Set<RoutePattern>();
  for (const pathname of checkedPaths) {
    const route = routeForPath(routes, pathname);
    if (route) covered.add(route);
  }
  return routes.filter((route) => !covered.has(route));
}

/** The directory axe.ts writes its checked paths to (one file per Playwright worker process), and its reader. */
export function axeVisitsDir(projectRoot: string): string {
  return process.env.AXE_VISITS_DIR ?? path.join(projectRoot, "test-results", "axe-visits");
}

export async function readCheckedPaths(dir: string): Promise<Set<string>> {
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  const paths = new Set<string>();
  for (const file of files) {
    const text = await fs.readFile(path.join(dir, file), "utf8");
    for (const line of text.split("\n")) if (line.trim()) paths.add(line.trim());
  }
  return paths;
}
