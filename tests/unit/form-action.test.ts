// The action pipeline on its own: what a form gets back for each way a submission can go, with the actor
// supplied here instead of from a session (the services' own checks are proved in the integration suite).
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { Invalid, RateLimited } from "@/lib/errors";
import { initialFormState } from "@/lib/form-state";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
// A refusal is recorded as a security event (written for real in tests/integration/security-events.test.ts).
const refusals = vi.hoisted(() => [] as { kind: string; userId?: string | null; action?: string | null }[]);
vi.mock("@/lib/security-events/service", () => ({
  recordSecurityEvent: async (entry: (typeof refusals)[number]) => void refusals.push(entry),
}));

const { defineAction, defineFormAction, isPipelineAction } = await import("@/lib/actions/pipeline");

const citizen: Actor = {
  id: "a3a0a8f2-6b7e-4f57-9a39-0d7c1f4b2e10",
  displayName: "Blue Heron",
  email: "c@example.com",
  platformRole: "citizen",
  verified: true,
  sessionId: "5d1c3b9e-2f4a-4c6b-8e7d-9a0b1c2d3e4f",
  authenticatedAt: new Date(),
  ageBand: null,
  memberships: [],
  unreadNotifications: 0,
  suspension: null,
};

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_abc", "");
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const signUp = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(12, "Your password must be at least 12 characters"),
});

afterEach(() => {
  session.actor = null;
  vi.restoreAllMocks();
});

describe("defineFormAction", () => {
  it("refuses input the schema rejects without running the service, keeping what was typed except the password", async () => {
    const run = vi.fn(async () => undefined);
    const action = defineFormAction({ schema: signUp, omit: ["password"], run });
    const state = await action(initialFormState, form({ email: "not an email", password: "short" }));
    expect(run).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: "error",
      errors: { email: "Enter an email address", password: "Your password must be at least 12 characters" },
      values: { email: "not an email" },
      submission: 1,
    });
  });

  it("runs the service with the actor and the parsed input, and says what it did", async () => {
    session.actor = citizen;
    const run = vi.fn(async () => ({ message: "Saved." }));
    const action = defineFormAction({ schema: z.object({ name: z.string().trim() }), run });
    const state = await action(initialFormState, form({ name: "  Heron  " }));
    expect(run).toHaveBeenCalledWith(citizen, { name: "Heron" });
    expect(state).toEqual({
      status: "success",
      errors: {},
      values: { name: "  Heron  " },
      message: "Saved.",
      submission: 1,
    });
  });

  it("reads a repeated field as a list and echoes it joined, ignoring Next's own entries", async () => {
    const run = vi.fn(async () => undefined);
    const action = defineFormAction({ schema: z.object({ themes: z.array(z.string()) }), run });
    const state = await action(initialFormState, form({ themes: ["energy", "transport"] }));
    expect(run).toHaveBeenCalledWith(null, { themes: ["energy", "transport"] });
    expect(state.values).toEqual({ themes: "energy,transport" });
  });

  it("tells a visitor to sign in (Unauthenticated) and an unconfirmed person why they are refused (Forbidden)", async () => {
    const action = defineFormAction({
      schema: z.object({}),
      run: async (actor) => requirePermission(actor, "question.ask"),
    });
    const before = refusals.length;
    expect((await action(initialFormState, form({}))).errors).toEqual({ form: "Sign in first." });
    session.actor = { ...citizen, verified: false };
    expect((await action(initialFormState, form({}))).errors).toEqual({
      form: expect.stringContaining("Confirm your email address first"),
    });
    // The visitor's refusal names no one, so only the signed-in person's is recorded, under the action's name.
    expect(refusals.slice(before)).toEqual([
      { kind: "action_refused", userId: citizen.id, action: "question.ask", ip: null },
    ]);
  });

  it("shows a service's Invalid at the fields it names, or at the action's error field", async () => {
    const byField = defineFormAction({
      schema: z.object({}),
      run: async () => Promise.reject(new Invalid("Bad district", { district: "Select a district from the list" })),
    });
    expect((await byField(initialFormState, form({}))).errors).toEqual({ district: "Select a district from the list" });
    const atField = defineFormAction({
      schema: z.object({}),
      errorField: "password",
      run: async () => Promise.reject(new Invalid("This link has expired")),
    });
    expect((await atField(initialFormState, form({}))).errors).toEqual({ password: "This link has expired" });
  });

  it("says when to try again after too many attempts", async () => {
    const action = defineFormAction({ schema: z.object({}), run: async () => Promise.reject(new RateLimited(120)) });
    expect((await action(initialFormState, form({}))).errors).toEqual({
      form: "You have tried too many times. Try again in 2 minutes.",
    });
  });

  it("logs an unexpected error under a reference and never shows its text", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const action = defineFormAction({
      schema: z.object({ name: z.string() }),
      run: async () => Promise.reject(new Error('relation "user" does not exist')),
    });
    const state = await action(initialFormState, form({ name: "Heron" }));
    expect(state.status).toBe("error");
    expect(state.errors.form).toMatch(/^Sorry, something went wrong on our side\. .*quote reference [0-9a-f]{8}\.$/);
    expect(state.errors.form).not.toContain("relation");
    expect(state.values).toEqual({ name: "Heron" });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[request [0-9a-f]{8}\]$/), expect.any(Error));
  });

  it("lets Next's redirect through, whether returned by the service step or thrown inside it", async () => {
    const returned = defineFormAction({
      schema: z.object({}),
      run: async () => ({ redirectTo: "/questions/1?asked=1" }),
    });
    await expect(returned(initialFormState, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/questions/1?asked=1;"),
    });
    const { redirect } = await import("next/navigation");
    const thrown = defineFormAction({ schema: z.object({}), run: async () => redirect("/account") });
    await expect(thrown(initialFormState, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT;replace;/account;"),
    });
  });

  it("parses bound arguments with the fields, and a field of the same name cannot replace one", async () => {
    const run = vi.fn(async () => undefined);
    const action = defineFormAction({
      schema: z.object({ questionId: z.uuid(), title: z.string() }),
      args: ["questionId"],
      hiddenFields: { questionId: "That question does not exist." },
      run,
    });
    const forged = await action("not-a-uuid", initialFormState, form({ questionId: citizen.id, title: "Bus stops" }));
    expect(run).not.toHaveBeenCalled();
    expect(forged.errors).toEqual({ form: "That question does not exist." });
    expect(forged.values).toEqual({ title: "Bus stops" });

    await action(citizen.id, initialFormState, form({ title: "Bus stops" }));
    expect(run).toHaveBeenCalledWith(null, { questionId: citizen.id, title: "Bus stops" });
  });

  it("counts answers from the previous state, and does not trust a forged count", async () => {
    const action = defineFormAction({ schema: z.object({}), run: async () => undefined });
    const first = await action(initialFormState, form({}));
    expect((await action(first, form({}))).submission).toBe(2);
    expect((await action({ ...first, submission: -4 }, form({}))).submission).toBe(1);
    expect((await action(JSON.parse('{"submission":"9"}'), form({}))).submission).toBe(1);
  });
});

describe("defineAction", () => {
  type Outcome = { ok: true; by?: string; questionId: string; supported: boolean } | { ok: false; message: string };
  const setSupport = defineAction({
    schema: z.object({ questionId: z.uuid({ error: "That question does not exist." }), supported: z.boolean() }),
    args: ["questionId", "supported"],
    run: async (actor, input): Promise<Outcome> => ({ ok: true, by: actor?.id, ...input }),
    refused: (message): Outcome => ({ ok: false, message }),
  });

  it("parses every argument and runs the service with the actor", async () => {
    session.actor = citizen;
    expect(await setSupport(citizen.id, true)).toEqual({
      ok: true,
      by: citizen.id,
      questionId: citizen.id,
      supported: true,
    });
    expect(await setSupport("x", true)).toEqual({ ok: false, message: "That question does not exist." });
    expect(await (setSupport as (...args: unknown[]) => Promise<unknown>)(citizen.id, "yes")).toMatchObject({
      ok: false,
    });
  });

  it("answers a refusal with its message", async () => {
    const refusing = defineAction({
      schema: z.object({}),
      args: [],
      run: async (actor) => requirePermission(actor, "question.support"),
      refused: (message) => message,
    });
    expect(await refusing()).toBe("Sign in first.");
  });
});

describe("isPipelineAction", () => {
  it("knows the actions the pipeline built, and nothing else", () => {
    expect(isPipelineAction(defineFormAction({ schema: z.object({}), run: async () => undefined }))).toBe(true);
    expect(isPipelineAction(async () => ({ status: "idle" }))).toBe(false);
    expect(isPipelineAction({})).toBe(false);
  });
});
