// What a client component imports is sent to every visitor's browser. zod (about 31 KB compressed) came along with
// a length limit imported from a schema module; limits the browser needs live in zod-free modules (lib/*/limits.ts).
// This walks the local imports of every "use client" module and fails if one reaches zod or a server-only module.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Staff-only forms that still import a schema module (never on a public page); to move to limits modules too. */
const KNOWN_STAFF_ONLY = new Set([
  "components/moderation/appeal-form.tsx",
  "components/moderation/item-decision-form.tsx",
  "components/moderation/queue-selection-form.tsx",
  "components/partner/response-edit-form.tsx",
  "components/partner/response-composer.tsx",
  "components/partner/response-template-picker.tsx",
  "components/partner/assignment-release-form.tsx",
  "components/partner/tags-form.tsx",
  "components/partner/assignment-transfer-form.tsx",
  "components/partner/merge-form.tsx",
  "components/partner/template-form.tsx",
  "components/commitments/commitment-forms.tsx",
]);

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** The packages a module reaches through its value imports (type-only imports are erased), with the path there. */
function reachedPackages(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const specifier = match[2]!;
      const local = resolveLocal(file, specifier);
      const here = [...trail, path.relative(ROOT, file)];
      if (local) visit(local, here);
      else if (!specifier.startsWith(".") && !specifier.startsWith("@/") && !reached.has(specifier))
        reached.set(specifier, here);
    }
  };
  visit(entry, []);
  return reached;
}

const clientModules = ["app", "components"]
  .flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)),
  )
  .filter((file) => /\.tsx?$/.test(file))
  .sort()
  .filter((file) => /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8")));

describe("client components", () => {
  it("are found", () => {
    expect(clientModules.length).toBeGreaterThan(30);
  });

  it.each(clientModules)("%s sends no zod and no server-only module to the browser", (file) => {
    const reached = reachedPackages(path.join(ROOT, file));
    const forbidden = ["server-only", "pg", "@prisma/client", ...(KNOWN_STAFF_ONLY.has(file) ? [] : ["zod"])];
    const found = forbidden
      .filter((name) => reached.has(name))
      .map((name) => `${name} via ${reached.get(name)!.join(" → ")}`);
    expect(found).toEqual([]);
  });

  it("the staff-only exceptions still need to be exceptions", () => {
    for (const file of KNOWN_STAFF_ONLY) expect(reachedPackages(path.join(ROOT, file)).has("zod"), file).toBe(true);
  });
});
