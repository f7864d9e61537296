// Reference data: the districts, themes, partner organisations and bank holidays the portal is built around.

export const districts = [
  { slug: "basildon", name: "Basildon", kind: "district" },
  { slug: "braintree", name: "Braintree", kind: "district" },
  { slug: "brentwood", name: "Brentwood", kind: "district" },
  { slug: "castle-point", name: "Castle Point", kind: "district" },
  { slug: "chelmsford", name: "Chelmsford", kind: "district" },
  { slug: "colchester", name: "Colchester", kind: "district" },
  { slug: "epping-forest", name: "Epping Forest", kind: "district" },
  { slug: "harlow", name: "Harlow", kind: "district" },
  { slug: "maldon", name: "Maldon", kind: "district" },
  { slug: "rochford", name: "Rochford", kind: "district" },
  { slug: "tendring", name: "Tendring", kind: "district" },
  { slug: "uttlesford", name: "Uttlesford", kind: "district" },
  { slug: "southend-on-sea", name: "Southend-on-Sea", kind: "unitary" },
  { slug: "thurrock", name: "Thurrock", kind: "unitary" },
  { slug: "essex-wide", name: "Essex-wide", kind: "county" },
] as const;

export const themes = [
  {
    slug: "transport-and-mobility",
    name: "Transport and mobility",
    description: "Buses, trains, roads, cycling, walking and getting around Essex.",
  },
  {
    slug: "energy-and-environment",
    name: "Energy and environment",
    description: "Clean energy, air quality, flooding, nature and climate.",
  },
  {
    slug: "health-and-care",
    name: "Health and care",
    description: "Staying well, care at home and health services closer to you.",
  },
  {
    slug: "digital-connectivity",
    name: "Digital connectivity",
    description: "Broadband, mobile signal, public wi-fi and getting online.",
  },
  {
    slug: "housing-and-planning",
    name: "Housing and planning",
    description: "New homes, warmer homes and how places are planned.",
  },
  {
    slug: "education-and-skills",
    name: "Education and skills",
    description: "Schools, colleges, apprenticeships and learning new skills.",
  },
  {
    slug: "community-safety",
    name: "Community safety",
    description: "Feeling safe in streets, parks and town centres.",
  },
  {
    slug: "data-and-privacy",
    name: "Data and privacy",
    description: "How data about places and people is collected, shared and protected.",
  },
  {
    slug: "economy-and-jobs",
    name: "Economy and jobs",
    description: "Local business, high streets and the jobs of the future.",
  },
  {
    slug: "waste-and-recycling",
    name: "Waste and recycling",
    description: "Bins, recycling, reuse and cutting waste.",
  },
] as const;

export const organisations = [
  {
    slug: "essex-county-council",
    name: "Essex County Council",
    kind: "council",
    description: "The county council for Essex: roads and transport, adult social care, schools, libraries and more.",
  },
  {
    slug: "anglia-ruskin-university",
    name: "Anglia Ruskin University",
    kind: "university",
    description:
      "A university with campuses in Chelmsford and Cambridge, researching technology, health and sustainability.",
  },
  {
    slug: "estuary-engineering",
    name: "Estuary Engineering Partners (fictional demo company)",
    kind: "industry",
    description: "A fictional engineering firm used for demonstration: sensors, energy systems and infrastructure.",
  },
] as const;

/** England and Wales bank holidays, including substitute days. */
export const bankHolidays: { date: string; name: string }[] = [
  { date: "2025-01-01", name: "New Year’s Day" },
  { date: "2025-04-18", name: "Good Friday" },
  { date: "2025-04-21", name: "Easter Monday" },
  { date: "2025-05-05", name: "Early May bank holiday" },
  { date: "2025-05-26", name: "Spring bank holiday" },
  { date: "2025-08-25", name: "Summer bank holiday" },
  { date: "2025-12-25", name: "Christmas Day" },
  { date: "2025-12-26", name: "Boxing Day" },
  { date: "2026-01-01", name: "New Year’s Day" },
  { date: "2026-04-03", name: "Good Friday" },
  { date: "2026-04-06", name: "Easter Monday" },
  { date: "2026-05-04", name: "Early May bank holiday" },
  { date: "2026-05-25", name: "Spring bank holiday" },
  { date: "2026-08-31", name: "Summer bank holiday" },
  { date: "2026-12-25", name: "Christmas Day" },
  { date: "2026-12-28", name: "Boxing Day (substitute day)" },
  { date: "2027-01-01", name: "New Year’s Day" },
  { date: "2027-03-26", name: "Good Friday" },
  { date: "2027-03-29", name: "Easter Monday" },
  { date: "2027-05-03", name: "Early May bank holiday" },
  { date: "2027-05-31", name: "Spring bank holiday" },
  { date: "2027-08-30", name: "Summer bank holiday" },
  { date: "2027-12-27", name: "Christmas Day (substitute day)" },
  { date: "2027-12-28", name: "Boxing Day (substitute day)" },
];

/** The password of every demo account. Development and tests only: the seed refuses to run in production. */
export const DEMO_PASSWORD = "essex-demo-password";

export type DemoAccountKey =
  "citizen" | "student" | "moderator" | "admin" | "ecc-officer" | "ecc-lead" | "aru-researcher" | "industry-engineer";

export const demoAccounts: {
  key: DemoAccountKey;
  email: string;
  displayName: string;
  platformRole: "citizen" | "moderator" | "admin";
  // Every demo account says its age: one that has not said gets a child's protections (lib/accounts/age.ts).
  ageBand: "under_16" | "age_25_44" | "age_45_64";
  participantType?: "student" | "resident" | "other";
  membership?: { organisation: (typeof organisations)[number]["slug"]; role: "member" | "lead" };
}[] = [
  {
    key: "citizen",
    email: "citizen@example.com",
    displayName: "Quiet Kingfisher 17",
    platformRole: "citizen",
    ageBand: "age_25_44",
    participantType: "resident",
  },
  {
    key: "student",
    email: "student@example.com",
    displayName: "Bright Otter 52",
    platformRole: "citizen",
    ageBand: "under_16",
    participantType: "student",
  },
  {
    key: "moderator",
    email: "moderator@example.com",
    displayName: "CSES Moderator",
    platformRole: "moderator",
    ageBand: "age_25_44",
  },
  {
    key: "admin",
    email: "admin@example.com",
    displayName: "CSES Administrator",
    platformRole: "admin",
    ageBand: "age_45_64",
  },
  {
    key: "ecc-officer",
    email: "ecc.officer@example.com",
    displayName: "Priya Shah",
    platformRole: "citizen",
    ageBand: "age_45_64",
    membership: { organisation: "essex-county-council", role: "member" },
  },
  {
    key: "ecc-lead",
    email: "ecc.lead@example.com",
    displayName: "Tom Whitfield",
    platformRole: "citizen",
    ageBand: "age_45_64",
    membership: { organisation: "essex-county-council", role: "lead" },
  },
  {
    key: "aru-researcher",
    email: "aru.researcher@example.com",
    displayName: "Dr Amara Okafor",
    platformRole: "citizen",
    ageBand: "age_45_64",
    membership: { organisation: "anglia-ruskin-university", role: "lead" },
  },
  {
    key: "industry-engineer",
    email: "industry.engineer@example.com",
    displayName: "Jo Marsh",
    platformRole: "citizen",
    ageBand: "age_45_64",
    membership: { organisation: "estuary-engineering", role: "lead" },
  },
];

export const DEMO_RESIDENT_COUNT = 40;
