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
