// Every server action must come from the pipeline (lib/actions/pipeline.ts), so none can reach a service
// without parsed input and a loaded actor. This finds every actions module under app/ and asks of each
// export whether the pipeline built it.
import { describe, expect, it, vi } from "vitest";
import { isPipelineAction } from "@/lib/actions/pipeline";
import { actionModules, exportedActions, SERVER_ACTION_COUNT, serverFiles } from "../support/server-actions";

// next-auth imports "next/server" in a way plain Node cannot resolve; the actions only need its parts to exist.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));

describe("action inventory", () => {
  it("keeps server actions in actions.ts files only", () => {
    expect(serverFiles().sort()).toEqual(actionModules);
  });

  it("builds every exported action with the pipeline", async () => {
    const actions = await exportedActions();
    for (const file of actionModules)
      expect(
        actions.some((action) => action.file === file),
        `${file} exports no action`,
      ).toBe(true);
    const notBuilt = actions
      .filter(({ action }) => !isPipelineAction(action))
      .map(({ file, name }) => `${file}: ${name}`);
    expect(notBuilt).toEqual([]);
    // Counts that prove the scan saw the actions (change them when adding one).
    expect(actionModules.length).toBeGreaterThanOrEqual(10);
    expect(actions).toHaveLength(SERVER_ACTION_COUNT);
  });
});
