// Every server action must come from the pipeline (lib/actions/pipeline.ts), so none can reach a service
// without parsed input and a loaded actor. This finds every actions module under app/ and asks of each
// export whether the pipeline built it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { isPipelineAction } from "@/lib/actions/pipeline";

// next-auth imports "next/server" in a way plain Node cannot resolve; the actions only need its parts to exist.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

const APP = path.resolve(import.meta.dirname, "../../app");
const sourceFiles = readdirSync(APP, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
const actionModules = sourceFiles.filter((file) => path.basename(file) === "actions.ts").sort();

describe("action inventory", () => {
  it("keeps server actions in actions.ts files only", () => {
    const serverFiles = sourceFiles.filter((file) =>
      /^\s*["']use server["']/m.test(readFileSync(path.join(APP, file), "utf8")),
    );
    expect(serverFiles.sort()).toEqual(actionModules);
  });

  it("builds every exported action with the pipeline", async () => {
    const actions: { name: string; built: boolean }[] = [];
    for (const file of actionModules) {
      const exported: Record<string, unknown> = await import(pathToFileURL(path.join(APP, file)).href);
      const functions = Object.entries(exported).filter(([, value]) => typeof value === "function");
      expect(functions.length, `${file} exports no action`).toBeGreaterThan(0);
      for (const [name, value] of functions) actions.push({ name: `${file}: ${name}`, built: isPipelineAction(value) });
    }
    expect(actions.filter((action) => !action.built).map((action) => action.name)).toEqual([]);
    // Counts that prove the scan saw the actions (change them when adding one).
    expect(actionModules.length).toBeGreaterThanOrEqual(10);
    expect(actions).toHaveLength(76);
  });
});
