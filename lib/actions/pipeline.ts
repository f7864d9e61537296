// Every server action is built here, so none can run a service with input that was not parsed or without
// the actor loaded from the database (the idea of Fider's actions.go and formbricks' action client). An
// action is a public endpoint: what it receives, bound arguments included, is the client's to forge.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getActor, type Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { Forbidden, ProofNeeded } from "@/lib/errors";
import { lastCheckedAction, REQUEST_ID_HEADER, requestIdFrom, runInRequestScope } from "@/lib/request-scope";
import type { FormState } from "@/lib/form-state";
import { echoValues, fieldErrors, readFieldsAndFiles, refusalErrors } from "@/lib/forms";

/** What the pipeline parses an action's input with: the fuzz tests generate input this schema refuses. */
export interface PipelineActionShape {
  /** "form": (…bound arguments, previous state, FormData); "plain": the arguments alone. */
  kind: "form" | "plain";
  schema: z.ZodType;
  args: readonly string[];
  /** Whether a refusal is answered (form state, or the action's own `refused`) rather than thrown. */
  answersRefusals: boolean;
  /** Fields whose uploaded file is read as text in place of a typed value (see `files` below). */
  files: readonly string[];
}

const built = new WeakMap<object, PipelineActionShape>();

/** Whether an exported action came from this pipeline (the inventory test asks it of every actions module). */
export function isPipelineAction(action: unknown): boolean {
  return typeof action === "function" && built.has(action);
}

/** The schema and argument names of an action this pipeline built; undefined for anything else. */
export function pipelineActionShape(action: unknown): PipelineActionShape | undefined {
  return typeof action === "function" ? built.get(action) : undefined;
}

/** The values of the arguments named in `args`, in order, typed from the schema. */
type ArgumentValues<Schema extends z.ZodType, Names extends readonly string[]> = {
  [I in keyof Names]: Names[I] extends keyof z.input<Schema> ? z.input<Schema>[Names[I]] : never;
};

/** The request's id and client address; none outside a request (a service's test calling an action). */
async function thisRequest(): Promise<{ requestId: string | null; ip: string | null }> {
  try {
    const list = await headers();
    return { requestId: requestIdFrom(list.get(REQUEST_ID_HEADER)), ip: clientIp(list) };
  } catch {
    return { requestId: null, ip: null };
  }
}

/** The refusal as a security event; failing to write it must not change the person's answer, so it is logged. */
async function recordRefusal(entry: { userId: string; action: string; ip: string | null }): Promise<void> {
  try {
    // Loaded only here, so the pipeline itself needs no database until a refusal is recorded.
    const { recordSecurityEvent } = await import("@/lib/security-events/service");
    await recordSecurityEvent({ kind: "action_refused", ...entry });
  } catch (error) {
    console.error("Could not record a refused action as a security event", error);
  }
}

/**
 * Loads the actor and runs the service in the request's scope (lib/request-scope.ts), so its audit rows carry
 * the request id. A refusal of a signed-in person (Forbidden, but not "confirm it's you") is recorded as a
 * security event, under the action whose permission the service checked.
 */
async function runService<Result>(work: (actor: Actor | null) => Promise<Result>): Promise<Result> {
  const request = await thisRequest();
  return runInRequestScope(request.requestId, async () => {
    const actor = await getActor();
    try {
      return await work(actor);
    } catch (error) {
      if (actor && error instanceof Forbidden && !(error instanceof ProofNeeded)) {
        const action = lastCheckedAction() ?? "unknown";
        await recordRefusal({ userId: actor.id, action, ip: request.ip });
      }
      throw error;
    }
  });
}

/** Arguments given to the action before its form state and data, by name (e.g. a bound question id). */
function namedArguments(names: readonly string[], params: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name, index) => [name, params[index]]));
}

/** What a form action does once its service has succeeded: go to another page, or say so on this one. */
export type FormSuccess = { redirectTo: string } | { message: string } | void;

interface FormActionDefinition<Schema extends z.ZodType, Names extends readonly string[]> {
  /** The one definition of valid input: the form's fields and any bound arguments. */
  schema: Schema;
  /** Arguments bound on the server with `.bind` (the question being edited), parsed with the fields under these names. */
  args?: Names;
  /** Fields never sent back to the page (passwords). */
  omit?: readonly string[];
  /**
   * Fields the person cannot see or fix (a link's token, a bound id), with what to say about the whole form
   * instead when one of them is refused.
   */
  hiddenFields?: Readonly<Record<string, string>>;
  /** Where a refusal that names no field is shown; "form" (the error summary alone) by default. */
  errorField?: string;
  /** File inputs: each uploaded file is read as text (UTF-8) and parsed as that field's value; other files are ignored. */
  files?: readonly string[];
  /** Calls the service, which checks the actor's permission itself. */
  run(actor: Actor | null, input: z.output<Schema>): Promise<FormSuccess>;
}

/**
 * A form's server action: reads the submitted fields, parses them, loads the actor, runs the service, and
 * answers with form state (the person's input kept, except passwords) or redirects.
 */
export function defineFormAction<Schema extends z.ZodType, const Names extends readonly string[] = readonly []>(
  definition: FormActionDefinition<Schema, Names>,
): (...params: [...ArgumentValues<Schema, Names>, FormState, FormData]) => Promise<FormState> {
  const { schema, args = [], omit = [], hiddenFields = {}, errorField = "form", files = [], run } = definition;

  async function formAction(...params: unknown[]): Promise<FormState> {
    const formData = params[args.length + 1];
    const fields = formData instanceof FormData ? await readFieldsAndFiles(formData, files) : {};
    const values = echoValues(fields, [...omit, ...args]);
    const submission = nextSubmission(params[args.length]);
    const refused = (errors: Record<string, string>): FormState => ({ status: "error", errors, values, submission });

    const parsed = schema.safeParse({ ...fields, ...namedArguments(args, params) });
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      const hidden = Object.keys(hiddenFields).find((field) => field in errors);
      return refused(hidden ? { form: hiddenFields[hidden]! } : errors);
    }
    let success: FormSuccess;
    try {
      success = await runService((actor) => run(actor, parsed.data));
    } catch (error) {
      return refused(refusalErrors(error, errorField));
    }
    if (success && "redirectTo" in success) redirect(success.redirectTo);
    return { status: "success", errors: {}, values, message: success?.message, submission };
  }

  built.set(formAction, { kind: "form", schema, args, answersRefusals: true, files });
  return formAction;
}

/** The previous state comes back from the browser, so its counter is read, not trusted. */
function nextSubmission(previous: unknown): number {
  const count = typeof previous === "object" && previous !== null && "submission" in previous ? previous.submission : 0;
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}

interface ActionDefinition<Schema extends z.ZodType, Names extends readonly string[], Result> {
  /** The one definition of valid input: the arguments, by the names in `args`. */
  schema: Schema;
  args: Names;
  /** Calls the service, which checks the actor's permission itself. */
  run(actor: Actor | null, input: z.output<Schema>): Promise<Result>;
  /**
   * The answer when the input or the service refuses, with the message for the person. Without it a
   * refusal propagates to the page's error boundary.
   */
  refused?: (message: string) => Result;
}

/** An action called from a client component with plain arguments (not a form's state and data). */
export function defineAction<Schema extends z.ZodType, const Names extends readonly string[], Result>(
  definition: ActionDefinition<Schema, Names, Result>,
): (...params: [...ArgumentValues<Schema, Names>]) => Promise<Result> {
  const { schema, args, run, refused } = definition;

  function refusal(errors: Record<string, string>): Result {
    const message = errors.form ?? Object.values(errors)[0] ?? "That could not be done. Try again.";
    if (!refused) throw new Error(`Action refused: ${message}`);
    return refused(message);
  }

  async function action(...params: unknown[]): Promise<Result> {
    const parsed = schema.safeParse(namedArguments(args, params));
    if (!parsed.success) return refusal(fieldErrors(parsed.error));
    try {
      return await runService((actor) => run(actor, parsed.data));
    } catch (error) {
      if (!refused) throw error;
      return refusal(refusalErrors(error));
    }
  }

  built.set(action, { kind: "plain", schema, args, answersRefusals: refused !== undefined, files: [] });
  return action;
}
