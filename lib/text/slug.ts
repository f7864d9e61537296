import type { z } from "zod";
import { plainText } from "./plain-text";

/**
 * A web-address name made from a name: lower-case letters and digits in runs joined by single hyphens, with
 * accents dropped ("Anglia Ruskin Université" → "anglia-ruskin-universite"), cut to `maxLength` without a
 * trailing hyphen. Empty when the name has no letters or digits at all.
 */
export function slugFrom(name: string, maxLength: number): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** What a slug looks like: lower-case letters and digits, in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SLUG_SHAPE = "Short name for web addresses must use only lower-case letters, numbers and hyphens";
const NO_SLUG = "Enter a short name for web addresses, as the name has no letters or numbers to make one from";

/**
 * Uses the short name for web addresses typed, or makes one from the name when none was typed, and checks its
 * shape. For organisations and themes.
 */
export function withSlug<Input extends { name: string; slug: string }>(
  input: Input,
  context: z.RefinementCtx,
  maxLength: number,
): Input {
  const slug = input.slug || slugFrom(input.name, maxLength);
  if (!slug) context.addIssue({ code: "custom", path: ["slug"], message: NO_SLUG });
  else if (!SLUG_PATTERN.test(slug)) context.addIssue({ code: "custom", path: ["slug"], message: SLUG_SHAPE });
  return { ...input, slug };
}

/** The optional short name for web addresses field, up to `maxLength` characters. */
export function slugField(maxLength: number) {
  return plainText()
    .trim()
    .toLowerCase()
    .max(maxLength, `Short name for web addresses must be ${maxLength} characters or fewer`)
    .optional()
    .default("");
}
