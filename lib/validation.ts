import type { z } from "zod";
import { Invalid } from "./errors";

/**
 * Parses a service's input (its action has already, but a service is also called directly): each field's first
 * complaint becomes the Invalid error's message for that field, the first of them its message for the form.
 */
export function parseOrInvalid<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new Invalid(parsed.error.issues[0]?.message ?? "Check what you entered.", fields);
}

/**
 * The largest value of a PostgreSQL `integer`, the type of every serial id (organisations, themes, districts). A
 * number the schema coerces from a form's text can be far larger; the query would then fail as an unexpected
 * error, so id fields refuse it as they refuse any id that names no row.
 */
export const MAX_SERIAL_ID = 2_147_483_647;
