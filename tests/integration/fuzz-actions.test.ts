// Issue 17, point 6: hostile input at every server action. Each action the inventory finds (every export of
// app/**/actions.ts) gets at least FUZZ_RUNS forged calls its schema refuses, from a visitor and from a
// signed-in person of the role that may use it: wrong types, huge strings, control characters and unpaired
// surrogates, ids of other people's and other organisations' rows, extra and missing fields, lists for single
// values, prototype-pollution keys. Every one must be answered with the action's refusal (never a throw, never
// a redirect), with no stack, file path or SQL in it, and leave every row of the database as it was (one
// fingerprint per batch). Calls the schema happens to accept (a real id in the right place) run too, a few per
// action after its batch, and must be answered without an unexpected error; an action that takes no input must
// drop all of it.
// FUZZ_SEED sets the seed (fast-check prints the seed and the shrunk input of a failure).
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { pipelineActionShape, type PipelineActionShape } from "@/lib/actions/pipeline";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { readFieldsAndFiles } from "@/lib/forms";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";
import { FUZZ_RUNS, fuzzSeed, leaksInternals, loadIdPool, UNGUARDED_TABLES } from "../support/fuzz";
import {
  formDataOf,
  hostileFormEntries,
  hostileValue,
  schemaKeys,
  schemaWords,
  type IdPool,
} from "../support/hostile-input";
import { exportedActions, SERVER_ACTION_COUNT } from "../support/server-actions";
import { changedTables, databaseDigest } from "../support/table-digest";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => null,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
// A request's cookies and headers, as an action sees them: an empty browser each time.
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    };
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const actions = await exportedActions();
// FUZZ_ACTION=<part of "file: name"> runs only the matching actions' properties (to replay a failure quickly).
const fuzzed = actions.filter((entry) => `${entry.file}: ${entry.name}`.includes(process.env.FUZZ_ACTION ?? ""));

/**
 * Calls the schema accepts that are run, per action: they reach the services, so they cost real time (the
 * account forms answer no sooner than 400 ms, by design).
 */
const ACCEPTED_RUNS = 3;

/** Whether a thrown value is Next's redirect signal (a success, never the answer to refused input). */
function isRedirect(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT")
  );
}

/**
 * What the pipeline parses for these arguments (lib/actions/pipeline.ts): the form's fields (with the text of a
 * file sent under one of the action's file fields), then the bound arguments.
 */
async function pipelineInput(shape: PipelineActionShape, params: readonly unknown[]): Promise<Record<string, unknown>> {
  const named = Object.fromEntries(shape.args.map((name, index) => [name, params[index]]));
  if (shape.kind === "plain") return named;
  const formData = params[shape.args.length + 1];
  return { ...(formData instanceof FormData ? await readFieldsAndFiles(formData, shape.files) : {}), ...named };
}

/** Forged arguments for an action: bound arguments, the previous state and the form's data, each as hostile as can be. */
function hostileCall(shape: PipelineActionShape, pool: IdPool): fc.Arbitrary<unknown[]> {
  const keys = [...new Set([...schemaKeys(shape.schema), ...shape.args])];
  const words = schemaWords(shape.schema);
  const value = hostileValue(pool, words);
  const bound = fc.tuple(...shape.args.map(() => value));
  const extra = fc.array(value, { maxLength: 2 });
  if (shape.kind === "plain") return fc.tuple(bound, extra).map(([args, more]) => [...args, ...more]);
  const previous = fc.oneof(
    { weight: 4, arbitrary: fc.constant<unknown>({ status: "idle", errors: {}, values: {}, submission: 0 }) },
    { weight: 1, arbitrary: value },
  );
  const formData = fc.oneof(
    { weight: 9, arbitrary: hostileFormEntries(pool, keys, words).map((entries): unknown => formDataOf(entries)) },
    { weight: 1, arbitrary: value },
  );
  return fc.tuple(bound, previous, formData, extra).map(([args, state, data, more]) => [...args, state, data, ...more]);
}

/** The answer's text a person would see, without the values they typed (echoed back so nothing is lost). */
function answerText(answer: unknown): string {
  if (typeof answer === "object" && answer !== null && "values" in answer) {
    const { values: _typed, ...rest } = answer as FormState;
    return JSON.stringify(rest);
  }
  return JSON.stringify(answer) ?? "";
}

type Outcome = { answer: unknown } | { thrown: unknown };

/** What is wrong with an action's answer to forged input, if anything. */
function problemWith(outcome: Outcome, shape: PipelineActionShape, refusedBySchema: boolean): string | null {
  if ("thrown" in outcome) {
    if (isRedirect(outcome.thrown)) return refusedBySchema ? "redirected" : null;
    const message = outcome.thrown instanceof Error ? outcome.thrown.message : String(outcome.thrown);
    // An action without a refusal answer throws the refusal's message to the error boundary, by design.
    if (shape.answersRefusals || !message.startsWith("Action refused: ")) return `threw: ${message}`;
    return leaksInternals(message) ? `leaked: ${message}` : null;
  }
  const text = answerText(outcome.answer);
  if (leaksInternals(text)) return `leaked: ${text}`;
  if (GENERIC_FAILURE.test(text)) return `failed unexpectedly: ${text}`;
  if (!refusedBySchema) return null;
  if (shape.kind === "form" && (outcome.answer as FormState).status !== "error") return `not refused: ${text}`;
  if (shape.kind === "plain" && (outcome.answer as { ok?: unknown }).ok !== false) return `not refused: ${text}`;
  return null;
}

const GENERIC_FAILURE = /something went wrong on our side/i;

let client: pg.Client;
let pool: IdPool;
let actorByArea: Record<"admin" | "moderation" | "partner" | "other", Actor>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // Rows that are not the acting people's: another organisation's question, someone else's comment.
  const [ours, theirs] = [await createOrganisation(), await createOrganisation()];
  const author = await createUser();
  const question = await createQuestion(author.id);
  await createQuestion(author.id, { moderation: "pending" });
  await db.comment.create({ data: { questionId: question.id, authorId: author.id, body: "Someone else's comment." } });
  await db.assignment.create({ data: { questionId: question.id, organisationId: theirs.id, dueOn: new Date() } });
  await partnerOf(theirs.id, "lead");
  actorByArea = {
    admin: await personWithRole("admin"),
    moderation: await personWithRole("moderator"),
    partner: await partnerOf(ours.id, "lead"),
    other: await personWithRole("citizen"),
  };
  pool = await loadIdPool(client);
});

afterAll(async () => {
  await client.end();
});

/** The signed-in person who may use the actions of this part of the app. */
function roleActorFor(file: string): Actor {
  const area = file.split("/")[0]!;
  return area === "admin" || area === "moderation" || area === "partner" ? actorByArea[area] : actorByArea.other;
}

describe("hostile input to every server action", () => {
  it("finds every action, each built by the pipeline", () => {
    expect(actions).toHaveLength(SERVER_ACTION_COUNT);
    expect(actions.filter(({ action }) => !pipelineActionShape(action)).map(({ name }) => name)).toEqual([]);
  });

  it.each(fuzzed.map((entry) => [`${entry.file}: ${entry.name}`, entry] as const))(
    "%s",
    async (_label, { file, action }) => {
      const shape = pipelineActionShape(action)!;
      const call = action as (...params: unknown[]) => Promise<unknown>;
      // An action takes input when its schema names a field or an argument, or refuses an empty form.
      const takesInput =
        schemaKeys(shape.schema).length > 0 || shape.args.length > 0 || !shape.schema.safeParse({}).success;
      const actors = [null, roleActorFor(file)];
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      let rejected = 0;
      let stripped = 0;
      // Calls the schema accepts, kept to run after the batch: they reach the service and may rightly change rows.
      const acceptedCalls: [Actor | null, unknown[]][] = [];

      /** Calls the action as this person; throws, saying what is wrong, when its answer is not what it must be. */
      async function callAs(actor: Actor | null, params: unknown[], refusedBySchema: boolean): Promise<void> {
        session.actor = actor;
        errors.mockClear();
        let outcome: Outcome;
        try {
          outcome = { answer: await call(...params) };
        } catch (thrown) {
          outcome = { thrown };
        } finally {
          session.actor = null;
        }
        const problem =
          problemWith(outcome, shape, refusedBySchema) ?? (errors.mock.calls.length ? "logged an error" : null);
        // Plain checks rather than expect(): this runs some 80,000 times.
        if (problem)
          throw new Error(`${problem} (${refusedBySchema ? "input the schema refuses" : "input the schema accepts"})`);
      }

      try {
        const before = await databaseDigest(client, UNGUARDED_TABLES);
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...actors), hostileCall(shape, pool), async (actor, params) => {
            const input = await pipelineInput(shape, params);
            if (shape.schema.safeParse(input).success) {
              if (acceptedCalls.length < ACCEPTED_RUNS) return void acceptedCalls.push([actor, params]);
              // An action that takes no input must drop whatever is sent: the service sees what it would see for nothing.
              fc.pre(!takesInput);
              expect(shape.schema.parse(input)).toEqual(shape.schema.parse({}));
              stripped += 1;
              return;
            }
            rejected += 1;
            await callAs(actor, params, true);
          }),
          { numRuns: FUZZ_RUNS + ACCEPTED_RUNS, seed: fuzzSeed(), endOnFailure: true },
        );
        expect(
          changedTables(before, await databaseDigest(client, UNGUARDED_TABLES)),
          "rows changed by refused input",
        ).toEqual([]);
        for (const [actor, params] of acceptedCalls) await callAs(actor, params, false);
      } finally {
        errors.mockRestore();
      }
      expect(Object.prototype).not.toHaveProperty("polluted");
      // Counted, so the property cannot pass by refusing nothing (or, for an action with no input, running nothing).
      if (takesInput) expect(rejected).toBeGreaterThanOrEqual(FUZZ_RUNS);
      else expect(stripped).toBe(FUZZ_RUNS);
    },
  );
});
