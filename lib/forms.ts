// Server-side helpers that build a form's state from what was submitted and what went wrong.
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { DomainError, Invalid, RateLimited } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";

export { initialFormState, type FormState } from "@/lib/form-state";

/** The submitted text fields, minus any that must never be sent back (passwords). */
export function echoValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value.slice(0, 20_000);
  }
  return values;
}

/** First message per field, in the schema's field order. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

export function invalidInput(error: z.ZodError, values: Record<string, string>): FormState {
  return { status: "error", errors: fieldErrors(error), values };
}

/**
 * Turns what a service threw into form state. Domain errors carry a message meant for the person;
 * anything else is logged with a reference and shown as a generic message, never as its text.
 */
export function errorState(error: unknown, values: Record<string, string>, field = "form"): FormState {
  unstable_rethrow(error); // Next's redirect and not-found signals are not errors
  if (error instanceof Invalid) {
    return { status: "error", errors: Object.keys(error.fieldErrors).length ? error.fieldErrors : { [field]: error.message }, values };
  }
  if (error instanceof RateLimited || error instanceof DomainError) {
    return { status: "error", errors: { [field]: error.message }, values };
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[request ${reference}]`, error);
  return {
    status: "error",
    errors: { form: `Sorry, something went wrong on our side. Try again later. If it keeps happening, quote reference ${reference}.` },
    values,
  };
}
