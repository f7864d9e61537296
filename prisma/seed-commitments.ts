// Demo commitments ("you said, we did") on seeded questions that partners have answered, in every state, for more
// than one organisation: planned, in progress (one of them overdue), delivered with its evidence, and dropped with
// its reason. Each rests on questions whose seeded status it matches (a dropped one shares its question with a
// planned one, which is why that question stays planned), so the timelines and the commitments agree. The
// delivered one, "Tablets to borrow from Epping Forest libraries", is on a question with 32 supporters: the
// delivery check seeds its answers on it. Stable ids: a second run finds everything in place and changes nothing.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { CommitmentState } from "../lib/generated/prisma/enums";
import type { PartnerKey } from "./seed-data/questions";

interface SeedCommitment {
  key: string;
  /** The seeded questions it answers (keys): the first one's responding organisation makes the commitment. */
  questions: string[];
  author: PartnerKey;
  title: string;
  description: string;
  state: CommitmentState;
  createdDaysAgo: number;
  /** Days from the day the data is loaded: negative is in the past (overdue unless delivered or dropped). */
  targetInDays: number;
  progress: number;
  milestones: { title: string; plannedInDays: number; completedDaysAgo?: number }[];
  updates: { body: string; daysAgo: number }[];
  delivered?: { daysAgo: number; evidence: string; links: string[] };
  dropped?: { daysAgo: number; reason: string };
}

export const DELIVERED_DEMO_COMMITMENT = "tablet-lending-epping-forest-libraries";

export const seedCommitments: SeedCommitment[] = [
  {
    key: "park-and-ride-charge-points",
    questions: ["ev-charge-points-at-chelmsford-park-and-ride"],
    author: "ecc-lead",
    title: "Twenty charge points at Chelmsford's park and ride sites",
    description:
      "We will install twenty fast charge points across the Chelmsford park and ride sites at Sandon and Chelmer Valley, paid for with the park and ride ticket, so people can charge while they are in town.",
    state: "planned",
    createdDaysAgo: 150,
    targetInDays: 160,
    progress: 15,
    milestones: [
      { title: "Power supply survey at both sites", plannedInDays: -90, completedDaysAgo: 95 },
      { title: "Installer appointed", plannedInDays: 40 },
      { title: "Charge points switched on", plannedInDays: 160 },
    ],
    updates: [
      { body: "The power survey is done: both sites can take twenty chargers without a new substation.", daysAgo: 94 },
    ],
  },
  {
    key: "park-and-ride-solar-canopies",
    questions: ["ev-charge-points-at-chelmsford-park-and-ride"],
    author: "ecc-officer",
    title: "Solar canopies over the park and ride chargers",
    description:
      "We planned solar canopies over the new charge points at the Sandon park and ride, so that the chargers would run partly on sunshine.",
    state: "dropped",
    createdDaysAgo: 140,
    targetInDays: 60,
    progress: 10,
    milestones: [{ title: "Structural survey of the car park", plannedInDays: -100, completedDaysAgo: 105 }],
    updates: [],
    dropped: {
      daysAgo: 70,
      reason:
        "The structural survey found the car park surface cannot carry the canopies' foundations without rebuilding it. The charge points themselves go ahead as promised.",
    },
  },
  {
    key: "harlow-bus-station-screens",
    questions: ["real-time-screens-at-harlow-bus-station"],
    author: "ecc-lead",
    title: "Real-time departure screens at Harlow bus station",
    description:
      "We will replace the printed timetables at Harlow bus station with eight real-time departure screens, one at each stand, and a large screen by the entrance.",
    state: "in_progress",
    createdDaysAgo: 170,
    // Overdue: the target date passed three weeks ago.
    targetInDays: -23,
    progress: 70,
    milestones: [
      { title: "Screens ordered", plannedInDays: -120, completedDaysAgo: 118 },
      { title: "Data feed from the bus operators", plannedInDays: -60, completedDaysAgo: 40 },
      { title: "Screens installed at every stand", plannedInDays: -23 },
    ],
    updates: [
      { body: "The screens are ordered and due in six weeks.", daysAgo: 118 },
      {
        body: "One bus operator was late sending its live data, so installation is running behind. Six of the eight screens are up.",
        daysAgo: 12,
      },
    ],
  },
  {
    key: "home-sensor-study",
    questions: ["home-sensors-to-support-hospital-discharge"],
    author: "aru-researcher",
    title: "A study of home sensors after a hospital stay",
    description:
      "Anglia Ruskin University will study how home sensor packages help people settle back home after a hospital stay, with 60 households, and publish what it finds in plain English.",
    state: "in_progress",
    createdDaysAgo: 120,
    targetInDays: 240,
    progress: 35,
    milestones: [
      { title: "Ethics approval", plannedInDays: -80, completedDaysAgo: 85 },
      { title: "60 households taking part", plannedInDays: 30 },
      { title: "Findings published", plannedInDays: 240 },
    ],
    updates: [{ body: "Ethics approval granted. 38 households have joined so far.", daysAgo: 20 }],
  },
  {
    key: DELIVERED_DEMO_COMMITMENT,
    questions: ["tablet-lending-for-older-people-in-epping-forest"],
    author: "ecc-officer",
    title: "Tablets to borrow from Epping Forest libraries",
    description:
      "Every library in Epping Forest district will lend tablets with data included, with a free session to help people get started, so older residents can try video calls and online services before buying anything.",
    state: "delivered",
    createdDaysAgo: 200,
    targetInDays: -40,
    progress: 100,
    milestones: [
      { title: "Tablets bought and set up", plannedInDays: -120, completedDaysAgo: 125 },
      { title: "Lending starts in every library", plannedInDays: -40, completedDaysAgo: 45 },
    ],
    updates: [
      { body: "The tablets are set up with large text and a simple home screen.", daysAgo: 124 },
      { body: "Volunteers are trained to run the getting-started sessions.", daysAgo: 60 },
    ],
    delivered: {
      daysAgo: 45,
      evidence:
        "All six libraries in Epping Forest district now lend tablets for three weeks at a time, with data included. 140 people borrowed one in the first month.",
      links: ["https://libraries.essex.gov.uk/", "https://www.essex.gov.uk/"],
    },
  },
  // Essex County Council's other commitments of the last twelve months: with the four above, eleven, so every
  // commitment figure on its scorecard rests on at least ten (lib/scorecard) for "Last 12 months".
  {
    key: "basildon-digital-help-hub",
    questions: ["digital-help-hub-at-basildon-library"],
    author: "ecc-officer",
    title: "A digital help hub in Basildon library, three days a week",
    description:
      "Basildon library will run a drop-in digital help hub on Mondays, Wednesdays and Saturdays, with trained staff and volunteers to help with online forms, email and video calls.",
    state: "planned",
    createdDaysAgo: 60,
    targetInDays: 120,
    progress: 20,
    milestones: [
      { title: "Volunteers recruited", plannedInDays: 30 },
      { title: "Hub opens", plannedInDays: 120 },
    ],
    updates: [{ body: "Twelve volunteers have signed up for the training.", daysAgo: 14 }],
  },
  {
    key: "tendring-solar-bus-shelters",
    questions: ["solar-lit-bus-shelters-in-tendring"],
    author: "ecc-lead",
    title: "Solar lighting in forty Tendring bus shelters",
    description:
      "We will fit solar lighting to forty of the darkest rural bus shelters in Tendring, starting with the routes used by school pupils.",
    state: "planned",
    createdDaysAgo: 45,
    targetInDays: 200,
    progress: 10,
    milestones: [{ title: "Shelters chosen with the parish councils", plannedInDays: 60 }],
    updates: [],
  },
  {
    key: "brentwood-planning-open-data",
    questions: ["planning-applications-as-open-data-in-brentwood"],
    author: "ecc-lead",
    title: "Brentwood's planning applications published as open data",
    description:
      "Every new planning application in Brentwood will be published each night as open data, with its location, so anyone can map them or be told about those near them.",
    state: "in_progress",
    createdDaysAgo: 100,
    targetInDays: 30,
    progress: 60,
    milestones: [
      { title: "Data format agreed with Brentwood Borough Council", plannedInDays: -70, completedDaysAgo: 72 },
      { title: "Nightly publication", plannedInDays: 30 },
    ],
    updates: [{ body: "A test file is published for comment; the nightly run starts next month.", daysAgo: 9 }],
  },
  {
    key: "harlow-audio-announcements",
    questions: ["real-time-screens-at-harlow-bus-station"],
    author: "ecc-officer",
    title: "Spoken departure announcements at Harlow bus station",
    description:
      "Alongside the new screens, each stand will announce the next departures aloud at the press of a button, for people who cannot read the screens.",
    state: "planned",
    createdDaysAgo: 30,
    targetInDays: 90,
    progress: 0,
    milestones: [],
    updates: [],
  },
  {
    key: "chelmsford-cycle-counters",
    questions: ["cycle-counters-on-chelmsford-routes"],
    author: "ecc-lead",
    title: "Cycle counters on six Chelmsford routes",
    description:
      "We will install automatic cycle counters on six of Chelmsford's main cycle routes, with a display at two of them showing the day's count.",
    state: "delivered",
    createdDaysAgo: 250,
    targetInDays: -10,
    progress: 100,
    milestones: [{ title: "Counters installed", plannedInDays: -10, completedDaysAgo: 20 }],
    updates: [{ body: "Four of the six counters are in; the last two wait for resurfacing.", daysAgo: 60 }],
    // Delivered late: ten days after its target date.
    delivered: {
      daysAgo: 0,
      evidence: "All six counters are counting, and the displays on Springfield Road and the Army and Navy are on.",
      links: ["https://www.essex.gov.uk/"],
    },
  },
  {
    key: "chelmsford-cycle-counts-open-data",
    questions: ["cycle-counters-on-chelmsford-routes"],
    author: "ecc-officer",
    title: "The cycle counts published every day",
    description: "The counts from every Chelmsford counter will be published each day as open data.",
    state: "delivered",
    createdDaysAgo: 200,
    targetInDays: -25,
    progress: 100,
    milestones: [],
    updates: [],
    delivered: {
      daysAgo: 30,
      evidence: "The daily counts are published as a CSV file with a page explaining each column.",
      links: ["https://www.essex.gov.uk/"],
    },
  },
  {
    key: "library-tablets-mobile-van",
    questions: ["tablet-lending-for-older-people-in-epping-forest"],
    author: "ecc-officer",
    title: "Tablets to borrow from the mobile library van",
    description: "The mobile library van would lend tablets in the villages of Epping Forest that have no library.",
    state: "dropped",
    createdDaysAgo: 150,
    targetInDays: 30,
    progress: 5,
    milestones: [],
    updates: [],
    dropped: {
      daysAgo: 90,
      reason:
        "The van has no reliable mobile signal in most of the villages it visits, so borrowers could not be helped to set the tablets up there. People can borrow one from any library instead.",
    },
  },
];

type Db = PrismaClient;
type SeedIdFn = (kind: string, key: string) => string;

const DAY = 86_400_000;

/** A calendar day (UTC midnight) so many days from `now`. */
function dayFrom(now: number, days: number): Date {
  const date = new Date(now + days * DAY);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export async function seedCommitmentsDemo(
  db: Db,
  refs: { users: Map<string, string>; now: number },
  seedId: SeedIdFn,
): Promise<void> {
  for (const c of seedCommitments) {
    const id = seedId("commitment", c.key);
    if (await db.commitment.findUnique({ where: { id }, select: { id: true } })) continue;
    const questionIds = c.questions.map((key) => seedId("question", key));
    const response = await db.response.findFirst({
      where: { questionId: questionIds[0]! },
      orderBy: { createdAt: "asc" },
      select: { organisationId: true },
    });
    if (!response) throw new Error(`Seeded commitment ${c.key}: its first question has no response.`);
    const authorId = refs.users.get(c.author);
    if (!authorId) throw new Error(`Seeded commitment ${c.key}: no demo account ${c.author}.`);
    const ago = (days: number) => new Date(refs.now - days * DAY);
    await db.commitment.create({
      data: {
        id,
        organisationId: response.organisationId,
        title: c.title,
        description: c.description,
        targetDate: dayFrom(refs.now, c.targetInDays),
        state: c.state,
        progress: c.progress,
        createdById: authorId,
        createdAt: ago(c.createdDaysAgo),
        evidence: c.delivered?.evidence ?? null,
        evidenceLinks: c.delivered?.links ?? [],
        deliveredAt: c.delivered ? ago(c.delivered.daysAgo) : null,
        droppedReason: c.dropped?.reason ?? null,
        droppedAt: c.dropped ? ago(c.dropped.daysAgo) : null,
        questions: { create: questionIds.map((questionId) => ({ questionId })) },
        milestones: {
          create: c.milestones.map((m, i) => ({
            id: seedId("commitment-milestone", `${c.key}:${i}`),
            title: m.title,
            plannedDate: dayFrom(refs.now, m.plannedInDays),
            completedDate: m.completedDaysAgo === undefined ? null : dayFrom(refs.now, -m.completedDaysAgo),
          })),
        },
        updates: {
          create: c.updates.map((u, i) => ({
            id: seedId("commitment-update", `${c.key}:${i}`),
            authorId,
            body: u.body,
            createdAt: ago(u.daysAgo),
          })),
        },
      },
    });
  }
}
