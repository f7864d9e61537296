import { z } from "zod";

// Characters no person types on purpose and that do harm in stored text: C0 controls other than tab, line
// feed and carriage return (a NUL is refused by PostgreSQL with an error), DEL, C1 controls, and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a title
// read differently from what it says ("Trojan Source"). The left-to-right and right-to-left marks
// (U+200E, U+200F) stay: they change no other character's order and people writing Arabic or Hebrew
// alongside English need them.
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without control and bidirectional-override characters. */
export function stripControlCharacters(text: string): string {
  return text.replace(UNWANTED, "");
}

/**
 * Line breaks as the browser counts them. A text area's value has "\n" line breaks, but the form sends "\r\n"
 * (HTML's form encoding), so without this a body the character count called full ("You have 0 characters
 * remaining") was refused as too long by one character per line break.
 */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A string field for anything a person types: the same as z.string(params), with the unwanted characters
 * removed and line breaks made "\n" before any other check (so a length limit counts what is kept, as the
 * character count in the browser does). Chain .trim(), .min() etc. as usual.
 */
export function plainText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite((text) => normaliseLineBreaks(stripControlCharacters(text)));
}
