import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

// "Where to go instead", right for two-tier Essex. In the 12 districts of Essex County Council, bins,
// fly-tipping, planning applications and council tax belong to the district, borough or city council, and
// roads (potholes, street lights, pavements) to the county council, through Essex Highways. Southend-on-Sea
// and Thurrock are unitary: their one council does all of it. Kept in the settings table (key
// COUNCIL_CONTACTS_KEY) so an administrator can correct an address without a release.

export const COUNCIL_CONTACTS_KEY = "council_contacts";

// http(s) only: z.url() alone accepts javascript: and data:, which would run script from a link.
const webAddress = z.url({ protocol: /^https?$/ });

const localCouncil = z.object({
  // Admin-typed text shown to everyone: the same cleaning as any other text a person types.
  name: plainText().min(1),
  url: webAddress,
  /** A unitary council (Southend-on-Sea, Thurrock) also looks after the roads. */
  unitary: z.boolean(),
});

export const councilContactsSchema = z.object({
  county: z.object({
    name: plainText().min(1),
    url: webAddress,
    /** Where to report a problem on a county road or pavement online. */
    highwaysReportUrl: webAddress,
    /** The number to phone instead of reporting online when a road problem puts the public at risk. */
    highwaysUrgentPhone: plainText().min(1).optional(),
  }),
  /** Keyed by district slug (the `district` table). */
  councils: z.record(z.string(), localCouncil),
});
export type CouncilContacts = z.infer<typeof councilContactsSchema>;

// Looked up on 25 November 2026 from each council's own pages (see the README, "Where to go instead"). Each
// is the council's home page: a deeper link goes out of date when a council rebuilds its site, and every home
// page leads to bins, planning and council tax. The one deep link, Essex Highways' "Tell us" reporting
// page, and its public-safety number, are the ones the county council's highways pages give.
export const DEFAULT_COUNCIL_CONTACTS: CouncilContacts = {
  county: {
    name: "Essex County Council",
    url: "https://www.essex.gov.uk/",
    highwaysReportUrl: "https://www.essexhighways.org/tell-us",
    highwaysUrgentPhone: "0345 603 7631",
  },
  councils: {
    basildon: { name: "Basildon Borough Council", url: "https://www.basildon.gov.uk/", unitary: false },
    braintree: { name: "Braintree District Council", url: "https://www.braintree.gov.uk/", unitary: false },
    brentwood: { name: "Brentwood Borough Council", url: "https://www.brentwood.gov.uk/", unitary: false },
    "castle-point": { name: "Castle Point Borough Council", url: "https://www.castlepoint.gov.uk/", unitary: false },
    chelmsford: { name: "Chelmsford City Council", url: "https://www.chelmsford.gov.uk/", unitary: false },
    colchester: { name: "Colchester City Council", url: "https://www.colchester.gov.uk/", unitary: false },
    "epping-forest": {
      name: "Epping Forest District Council",
      url: "https://www.eppingforestdc.gov.uk/",
      unitary: false,
    },
    harlow: { name: "Harlow Council", url: "https://www.harlow.gov.uk/", unitary: false },
    maldon: { name: "Maldon District Council", url: "https://www.maldon.gov.uk/", unitary: false },
    rochford: { name: "Rochford District Council", url: "https://www.rochford.gov.uk/", unitary: false },
    tendring: { name: "Tendring District Council", url: "https://www.tendringdc.gov.uk/", unitary: false },
    uttlesford: { name: "Uttlesford District Council", url: "https://www.uttlesford.gov.uk/", unitary: false },
    "southend-on-sea": { name: "Southend-on-Sea City Council", url: "https://www.southend.gov.uk/", unitary: true },
    thurrock: { name: "Thurrock Council", url: "https://www.thurrock.gov.uk/", unitary: true },
  },
};

/** One place to go instead of this portal: what for, who does it, and how to reach them. */
export interface ContactRoute {
  key: "local" | "roads" | "emergency";
  title: string;
  description: string;
  link?: { text: string; url: string };
}

export interface WhereToGoInstead {
  /** The district the routes are for; null when none is known (a visitor, or "Essex-wide"). */
  district: { slug: string; name: string } | null;
  routes: ContactRoute[];
}

function emergencyRoute(contacts: CouncilContacts, unitary: { name: string; url: string } | null): ContactRoute {
  const { county } = contacts;
  if (unitary) {
    return {
      key: "emergency",
      title: "In an emergency",
      description: `If anyone is in danger, call 999. For a dangerous problem on a road, contact ${unitary.name} straight away.`,
      link: { text: `Contact ${unitary.name}`, url: unitary.url },
    };
  }
  return {
    key: "emergency",
    title: "In an emergency",
    description: county.highwaysUrgentPhone
      ? `If anyone is in danger, call 999. If a problem on a road or pavement puts people at risk, do not report it online: phone Essex Highways on ${county.highwaysUrgentPhone}.`
      : `If anyone is in danger, call 999. For a dangerous problem on a road or pavement, contact ${county.name} straight away.`,
    link: { text: `Contact ${county.name}`, url: county.url },
  };
}

/**
 * The routes for a person in `district` (its slug and name), or the general two-tier explanation when the
 * district is unknown or has no council of its own in the settings ("Essex-wide").
 */
export function routesForDistrict(
  contacts: CouncilContacts,
  district: { slug: string; name: string } | null,
): WhereToGoInstead {
  const { county } = contacts;
  const council = district ? contacts.councils[district.slug] : undefined;
  if (!district || !council) {
    return {
      district: null,
      routes: [
        {
          key: "local",
          title: "Bins, fly-tipping, planning applications and council tax",
          description:
            "These go to your district, borough or city council (in Southend-on-Sea or Thurrock, to that council). Choose your area to see which council and its website.",
        },
        {
          key: "roads",
          title: "Potholes, street lights and other problems with roads and pavements",
          description: `${county.name} looks after roads and pavements through Essex Highways, except in Southend-on-Sea and Thurrock, whose own councils do.`,
          link: { text: "Report a problem with a road to Essex Highways", url: county.highwaysReportUrl },
        },
        emergencyRoute(contacts, null),
      ],
    };
  }
  if (council.unitary) {
    return {
      district,
      routes: [
        {
          key: "local",
          title: "Bins, fly-tipping, planning applications, council tax, potholes and street lights",
          description: `${council.name} runs all of these in ${district.name}: it is a unitary council, so there is no separate county council for them.`,
          link: { text: `${council.name} website`, url: council.url },
        },
        emergencyRoute(contacts, council),
      ],
    };
  }
  return {
    district,
    routes: [
      {
        key: "local",
        title: "Bins, fly-tipping, planning applications and council tax",
        description: `In ${district.name} these are dealt with by ${council.name}.`,
        link: { text: `${council.name} website`, url: council.url },
      },
      {
        key: "roads",
        title: "Potholes, street lights and other problems with roads and pavements",
        description: `${county.name} looks after roads and pavements in ${district.name}, through Essex Highways.`,
        link: { text: "Report a problem with a road to Essex Highways", url: county.highwaysReportUrl },
      },
      emergencyRoute(contacts, null),
    ],
  };
}
