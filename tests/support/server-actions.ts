// Every server action of the app: each actions.ts under app/, imported, with its exports. The inventory test
// proves they all come from the pipeline; the fuzz test feeds each one hostile input. A test that imports
// these must mock next-auth first (vi.mock is hoisted only within a test file): see action-inventory.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** Every TypeScript file under app/, relative to it. */
export const appSourceFiles = readdirSync(APP_DIR, { recursive: true, encoding: "utf8" }).filter((file) =>
  /\.tsx?$/.test(file),
);

/** The actions modules (app/**\/actions.ts), sorted. */
export const actionModules = appSourceFiles.filter((file) => path.basename(file) === "actions.ts").sort();

/** The files that say "use server" (they must be exactly the actions modules). */
export function serverFiles(): string[] {
  return appSourceFiles.filter((file) =>
    /^\s*["']use server["']/m.test(readFileSync(path.join(APP_DIR, file), "utf8")),
  );
}

export interface ExportedAction {
  /** The module under app/, e.g. "questions/actions.ts". */
  file: string;
  name: string;
  action: unknown;
}

/** Every function each actions module exports, in file then export order. */
export async function exportedActions(): Promise<ExportedAction[]> {
  const actions: ExportedAction[] = [];
  for (const file of actionModules) {
    const exported: Record<string, unknown> = await import(pathToFileURL(path.join(APP_DIR, file)).href);
    for (const [name, action] of Object.entries(exported))
      if (typeof action === "function") actions.push({ file, name, action });
  }
  return actions;
}

/** The number of server actions the app has: the inventory and the fuzz test both assert it (change it when adding one). */
export const SERVER_ACTION_COUNT = 101;
