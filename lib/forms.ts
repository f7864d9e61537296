// Server-side helpers that read what a form submitted and turn what went wrong into messages for its
// fields. The action pipeline (lib/actions/pipeline.ts) puts them together; actions do not call them.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { DomainError, Invalid, reportUnexpected } from "@/lib/errors";
import { isDatabaseUnreachable } from "@/lib/db-errors";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/service-unavailable";

/** What a form submitted: each named field's text, or a list when the name repeats (checkboxes). */
export type SubmittedFields = Record<string, string | string[]>;

export function readFields(formData: FormData): SubmittedFields {
  const fields: SubmittedFields = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue; // Next's own entries ($ACTION_ID_…), not the person's
    const texts = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (texts.length) fields[key] = texts.length === 1 ? texts[0]! : texts;
  }
  return fields;
}

/** Files larger than this are read as too large (the field gets FILE_TOO_LARGE), never into memory whole. */
export const MAX_UPLOAD_BYTES = 256 * 1024;
export const FILE_TOO_LARGE = "\u0000file-too-large";

/**
 * The fields, with the file uploaded in each of `fileFields` read as text (UTF-8) as that field's value: the
 * action's schema then checks it like any other text. A file input left empty sends a nameless empty file: no
 * value. A file over MAX_UPLOAD_BYTES becomes FILE_TOO_LARGE, which no schema should accept. Files sent under
 * any other name are ignored, as readFields ignores them.
 */
export async function readFieldsAndFiles(
  formData: FormData,
  fileFields: readonly string[] = [],
): Promise<SubmittedFields> {
  const fields = readFields(formData);
  for (const key of fileFields) {
    if (key in fields) continue;
    const file = formData.getAll(key).find((value): value is File => typeof value !== "string" && value.size > 0);
    if (file) fields[key] = file.size > MAX_UPLOAD_BYTES ? FILE_TOO_LARGE : await file.text();
  }
  return fields;
}

/** The fields to send back so nothing typed is lost, minus any that must never be sent back (passwords). */
export function echoValues(fields: SubmittedFields, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!omit.includes(key)) values[key] = (Array.isArray(value) ? value.join(",") : value).slice(0, 20_000);
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

/**
 * The messages for what a service threw. Domain errors carry a message meant for the person, shown at
 * `field` unless they name fields of their own; anything else is logged with a reference and shown as a
 * generic message, never as its text.
 */
export function refusalErrors(error: unknown, field = "form"): Record<string, string> {
  unstable_rethrow(error); // Next's redirect and not-found signals are not errors
  if (error instanceof Invalid && Object.keys(error.fieldErrors).length) return error.fieldErrors;
  if (error instanceof DomainError) return { [field]: error.message };
  if (isDatabaseUnreachable(error)) return { form: SERVICE_UNAVAILABLE_MESSAGE };
  return { form: reportUnexpected(error) };
}
