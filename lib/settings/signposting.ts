import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

// Where a person who is worried can get help: shown before an under-18 posts, to the author of a post a moderator
// hid for safeguarding, and on the house rules page. Kept in the settings table (key SIGNPOSTING_LINKS_KEY) so an
// administrator can add a help line or correct a number without a release. Pure: the pages read it through
// lib/settings/queries.ts, and components get the links as props.

export const SIGNPOSTING_LINKS_KEY = "signposting_links";

/** Digits and spaces, with an optional leading + (how a number is written on a help line's own site). */
const PHONE_PATTERN = /^\+?\d[\d ]{2,19}$/;

export const signpostingLinkSchema = z
  .object({
    name: plainText({ error: "Enter the name of the help line" })
      .trim()
      .min(1, "Enter the name of the help line")
      .max(80, "The name must be 80 characters or fewer"),
    description: plainText({ error: "Enter who the help line is for" })
      .trim()
      .min(1, "Enter who the help line is for")
      .max(200, "The description must be 200 characters or fewer"),
    phone: plainText()
      .trim()
      .regex(PHONE_PATTERN, "Enter the phone number in digits and spaces only, like 0800 1111")
      .optional(),
    // https only: a link shown to children must not be javascript:, data: or a page sent in the clear.
    url: z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: "Enter the website as a full address starting with https://, like https://www.childline.org.uk",
      })
      .max(300, "The website address must be 300 characters or fewer")
      .optional(),
  })
  .refine((link) => link.phone !== undefined || link.url !== undefined, {
    path: ["phone"],
    message: "Enter a phone number or a website, or both",
  });
export type SignpostingLink = z.infer<typeof signpostingLinkSchema>;

export const signpostingLinksSchema = z
  .array(signpostingLinkSchema)
  .min(1, "Keep at least one help line: the pages that show them need one")
  .max(10, "Enter 10 help lines or fewer");

/** What the portal showed before the setting existed: Childline, for the under-19s the portal welcomes. */
export const DEFAULT_SIGNPOSTING_LINKS: SignpostingLink[] = [
  {
    name: "Childline",
    description: "For anyone under 19, about anything that is worrying them. Free, any time.",
    phone: "0800 1111",
    url: "https://www.childline.org.uk",
  },
];

/** The tel: link of a validated phone number ("0800 1111" → "tel:08001111"). */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/ /g, "")}`;
}

/** A website as people say it: no scheme, no "www.", no trailing slash ("https://www.childline.org.uk/" → "childline.org.uk"). */
export function websiteLabel(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === "/" ? "" : parsed.pathname.replace(/\/$/, "");
  return `${parsed.hostname.replace(/^www\./, "")}${path}`;
}
