// Demo data for the priorities dashboard: a year of questions and a crowd of supporters with a realistic spread of
// districts, age bands and "I am a…" answers, so that every chart has something real to show (and a few groups
// small enough to be suppressed). prisma/seed.ts writes it; the figures are exact counts, not random draws.
import type { AgeBand } from "../../lib/generated/prisma/enums";
import type { DistrictSlug, SeedQuestion } from "./questions";

/** How many demo supporters there are: "supporter-1" … "supporter-220" (no password: email link only). */
export const DEMO_SUPPORTER_COUNT = 220;

/**
 * How many supporters live in each district (the rest did not say). Maldon and Uttlesford have very few, so the
 * dashboard's breakdown shows a suppressed group.
 */
export const SUPPORTERS_BY_DISTRICT: Record<DistrictSlug, number> = {
  basildon: 24,
  braintree: 18,
  brentwood: 10,
  "castle-point": 11,
  chelmsford: 28,
  colchester: 26,
  "epping-forest": 15,
  harlow: 11,
  maldon: 1,
  rochford: 9,
  tendring: 17,
  uttlesford: 2,
  "southend-on-sea": 24,
  thurrock: 18,
  "essex-wide": 0,
};

/** Supporters in each age band ("unsaid": they did not give one). Under 16s are few: a suppressed group. */
export const SUPPORTERS_BY_AGE_BAND: Record<AgeBand | "unsaid", number> = {
  under_16: 3,
  age_16_17: 9,
  age_18_24: 28,
  age_25_44: 78,
  age_45_64: 64,
  age_65_plus: 33,
  unsaid: 5,
};

/**
 * "I am a…" for supporters of 18 and over or who did not say (under 18s are all students). "Other" is rare: a
 * suppressed group.
 */
export const ADULT_SUPPORTERS_BY_TYPE = {
  resident: 150,
  student: 14,
  teacher: 12,
  business: 22,
  other: 3,
  unsaid: 7,
} as const;

/** How many questions a supporter backs, and how many supporters back that many (most back one or two). */
export const SUPPORTS_PER_SUPPORTER: [supports: number, supporters: number][] = [
  [1, 60],
  [2, 52],
  [3, 40],
  [4, 28],
  [5, 20],
  [6, 12],
  [8, 8],
];

/**
 * Questions from the months before the rest of the demo (up to a year ago), so the weekly trend, the answers and
 * the response times reach back twelve months.
 */
export const earlierQuestions: SeedQuestion[] = [
  {
    key: "winter-gritting-on-rural-routes-near-dunmow",
    title: "Which rural roads around Great Dunmow are gritted in winter, and who decides?",
    body:
      "Last winter the lanes between the villages around Great Dunmow were icy for days while the main roads were clear. Several neighbours slid off the road and the school minibus could not get through.\n\n" +
      "How does the council decide which roads are gritted, and could the map of gritting routes be published somewhere easy to find? I would also like to know whether parish councils can ask for a grit bin on a steep lane.",
    themes: ["transport-and-mobility", "community-safety"],
    district: "uttlesford",
    author: "resident-31",
    daysAgo: 358,
    moderation: "approved",
    status: "answered",
    supporters: 14,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for asking. We grit a priority network that covers the main roads, bus routes and the routes to hospitals, fire stations and schools where we can, about a third of the county's roads in all.\n\n" +
        "**How routes are chosen.** Roads are ranked by how much traffic they carry, whether buses use them, and hazards such as steep hills. Quiet lanes between villages are usually not on the priority network, which is why they can stay icy after the main roads are clear.\n\n" +
        "**Grit bins.** Parish and town councils can ask for a grit bin where a steep lane or junction causes problems. We assess each request against the same hazards.\n\n" +
        "The gritting routes map is published each autumn before the season starts, and we will add a link to it on this portal.",
      daysAfter: 12,
    },
  },
  {
    key: "recycling-soft-plastics-at-the-kerbside-in-colchester",
    title: "When will Colchester collect soft plastics such as crisp packets and bread bags?",
    body:
      "We already recycle bottles, pots and tubs, but our bin is still half full of soft plastic: crisp packets, bread bags and the film from ready meals. The supermarket collection points are not always there and many people never use them.\n\n" +
      "Is there a date for kerbside collection of soft plastics in Colchester, and what will happen to it once it is collected? I would like to know it is really recycled and not just burned.",
    themes: ["waste-and-recycling", "energy-and-environment"],
    district: "colchester",
    author: "resident-32",
    daysAgo: 330,
    moderation: "approved",
    status: "in_progress",
    supporters: 22,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for this question, which many residents have asked.\n\n" +
        "National rules will require councils in England to collect plastic film from homes, and we are working with the district, city and borough councils, who collect the bins, on how and when to start. Colchester is one of the first areas where a trial is planned.\n\n" +
        "**Where it goes.** Film collected in the trial will go to a sorting plant that separates it into grades that can be made into new bags and building products. We will publish where the material ends up, including anything that cannot be recycled.\n\n" +
        "We will update this question as the trial moves forward.",
      daysAfter: 20,
    },
  },
  {
    key: "mental-health-support-for-students-in-chelmsford",
    title: "Is there enough mental health support for college and university students in Chelmsford?",
    body:
      "I am a student in Chelmsford and several of my friends have waited months to see anyone about anxiety and depression. The support at college is kind but stretched, and many people do not know what else is out there.\n\n" +
      "Could the university, the colleges and the NHS work together on one clear list of where students can get help, including evenings and weekends? I would also like to know whether there is research on how long students are waiting.",
    themes: ["health-and-care", "education-and-skills"],
    district: "chelmsford",
    author: "resident-33",
    daysAgo: 310,
    moderation: "approved",
    status: "answered",
    supporters: 25,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for raising this so clearly. Student wellbeing is something our researchers and our student services team care about a great deal.\n\n" +
        "**Support now.** Our students can use free counselling and a wellbeing service, and there is a 24-hour text line for anyone who needs to talk at night or at weekends. We are working with the colleges in Chelmsford to publish one shared guide to local and NHS services.\n\n" +
        "**Research.** Our health researchers are starting a study of how long young people in Essex wait for mental health support and what helps them while they wait. We will share the findings on this portal, and we would welcome students who want to take part.",
      daysAfter: 9,
    },
  },
  {
    key: "ev-charging-points-in-terraced-streets-in-southend",
    title: "How can people in terraced streets in Southend charge an electric car without a driveway?",
    body:
      "Most houses in my part of Southend are terraced with no driveway, so we cannot fit a home charger. Running a cable across the pavement is not allowed, and the public chargers nearby are often full or broken.\n\n" +
      "Are there plans for on-street chargers in lamp posts or pavement channels for cables? I would switch to an electric car tomorrow if I could charge it near home.",
    themes: ["energy-and-environment", "transport-and-mobility"],
    district: "southend-on-sea",
    author: "resident-34",
    daysAgo: 295,
    moderation: "approved",
    status: "declined",
    statusNote:
      "Southend-on-Sea City Council looks after its own streets, so on-street charging there is a question for the city council. We have passed this question on to them.",
    supporters: 18,
  },
  {
    key: "broadband-for-small-businesses-on-industrial-estates-in-thurrock",
    title: "Why is broadband so slow on the industrial estates in Grays and Tilbury?",
    body:
      "I run a small printing business on an industrial estate in Grays. Our broadband is slower than what my children get at home, and we cannot send large files to customers without staying late.\n\n" +
      "Are the business parks in Thurrock included in any full-fibre plans, and is there help with the cost of a dedicated line for very small firms? Several neighbours on the estate have the same problem.",
    themes: ["digital-connectivity", "economy-and-jobs"],
    district: "thurrock",
    author: "resident-35",
    daysAgo: 280,
    moderation: "approved",
    status: "under_review",
    claim: { by: "industry-engineer", daysAgo: 45 },
    supporters: 9,
  },
  {
    key: "safer-crossing-outside-the-primary-school-in-basildon",
    title: "Could the crossing outside the primary school on our road in Basildon be made safer?",
    body:
      "Every morning children cross the road outside our primary school in Basildon between parked cars, and drivers coming round the bend cannot see them until the last moment. There is a lollipop person some days but not every day.\n\n" +
      "Could the council look at a zebra crossing, a lower speed limit at school times, or moving the parking back from the bend? Parents have started a petition and would be happy to meet someone from the council on site.",
    themes: ["community-safety", "transport-and-mobility", "education-and-skills"],
    district: "basildon",
    author: "resident-36",
    daysAgo: 265,
    moderation: "approved",
    status: "open",
    supporters: 16,
  },
];
