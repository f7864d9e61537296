import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

/** Where to go instead of this portal, shown before the ask form. Admins change them in the settings table. */
export const contactRoutesSchema = z.array(
  z.object({
    key: z.string(),
    // Admin-typed text shown to everyone: the same cleaning as any other text a person types.
    title: plainText(),
    description: plainText(),
    linkText: plainText().optional(),
    // http(s) only: z.url() alone accepts javascript: and data:, which would run script from a link.
    url: z.url({ protocol: /^https?$/ }).optional(),
  }),
);
export type ContactRoute = z.infer<typeof contactRoutesSchema>[number];

// Honest defaults: the council's and the ICO's public home pages, until an admin sets the exact routes.
export const DEFAULT_CONTACT_ROUTES: ContactRoute[] = [
  {
    key: "fault",
    title: "Report a fault",
    description:
      "Potholes, broken street lights, blocked drains and fly-tipping are fixed fastest when you report them to the council.",
    linkText: "Report a problem on the Essex County Council website",
    url: "https://www.essex.gov.uk/",
  },
  {
    key: "complaint",
    title: "Make a complaint",
    description:
      "If you are unhappy with a council service, use the council's complaints process so it is tracked and answered.",
    linkText: "Complaints on the Essex County Council website",
    url: "https://www.essex.gov.uk/",
  },
  {
    key: "foi",
    title: "Ask for information the council holds",
    description: "For recorded information, make a Freedom of Information request to the council.",
    linkText: "Freedom of Information requests on the Essex County Council website",
    url: "https://www.essex.gov.uk/",
  },
  {
    key: "emergency",
    title: "In an emergency",
    description:
      "If someone is in danger, call 999. For urgent problems with roads out of hours, use the council's emergency number.",
  },
];
