// Demo events: a school workshop that has happened, whose room questions were approved, supported in the room and
// published as portal questions attributed to the event (some answered by partners, the rest in the partner inbox),
// and an upcoming public meeting anyone can join with the printed code DEMO_JOIN_CODE (README, "Demo data"). Both
// facilitated by the council officer and the moderator. Stable ids: a second run finds them and changes nothing.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { AgeBand, QuestionStatus } from "../lib/generated/prisma/enums";
import { generateDisplayName } from "../lib/accounts/display-name";

type SeedIdFn = (kind: string, key: string) => string;

/** The upcoming meeting's join code, printed in the README: from the join-code alphabet (no S, O, I, L, Z, B…). */
export const DEMO_JOIN_CODE = "ACT4EX";
const PAST_JOIN_CODE = "WKC7RM";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

interface RoomQuestion {
  key: string;
  text: string;
  supports: number;
  askedByUnder18: boolean;
  /** Published on the portal with this status; absent: not published (turned down, or merged into `mergedInto`). */
  status?: QuestionStatus;
  themes?: string[];
  response?: { organisation: string; author: string; body: string; daysAfter: number };
  rejected?: boolean;
  mergedInto?: string;
}

const PAST_QUESTIONS: RoomQuestion[] = [
  {
    key: "bus-times-at-school",
    text: "Could the bus stop outside our school show live bus times, so we know if we have missed the last one?",
    supports: 17,
    askedByUnder18: true,
    status: "answered",
    themes: ["transport-and-mobility"],
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body: "Yes. Live departure screens are being added at stops used by more than 200 pupils a day, starting with the stops on Greenstead Road next term. Until then, the Essex bus times are on the council's journey planner and in the bus operators' apps.",
      daysAfter: 4,
    },
  },
  {
    key: "sensors-and-privacy",
    text: "If there are sensors on lamp posts counting people, can they see who we are?",
    supports: 14,
    askedByUnder18: true,
    status: "answered",
    themes: ["data-and-privacy"],
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body: "The footfall sensors we use count movement, not faces: they send a number every five minutes and keep no pictures. We publish what each sensor collects on its own page, and we would be glad to show your class one in the lab.",
      daysAfter: 6,
    },
  },
  {
    key: "bins-that-say-full",
    text: "Why can't bins tell the council when they are full, so they don't overflow at the weekend?",
    supports: 11,
    askedByUnder18: true,
    status: "open",
    themes: ["waste-and-recycling"],
  },
  {
    key: "cycle-lane-lights",
    text: "Could the cycle path to the college have lights that come on only when someone is cycling?",
    supports: 9,
    askedByUnder18: true,
    status: "open",
    themes: ["transport-and-mobility", "energy-and-environment"],
  },
  {
    key: "cycle-path-lights-again",
    text: "Can we have lights on the cycle path by the college?",
    supports: 3,
    askedByUnder18: true,
    mergedInto: "cycle-lane-lights",
  },
  {
    key: "off-topic",
    text: "What is for lunch today?",
    supports: 0,
    askedByUnder18: true,
    rejected: true,
  },
];

const PARTICIPANTS = 26;

function tokenHash(key: string): string {
  return createHash("sha256").update(`demo-participant:${key}`).digest("hex");
}

/** A deterministic stream of integers, so the generated nicknames are the same on every run. */
function picker(key: string) {
  let counter = 0;
  return (n: number) => createHash("sha256").update(`${key}:${counter++}`).digest().readUInt32BE(0) % n;
}

/** 14:00 UK time on the day `days` from `now` (the demo's times read naturally whatever the season). */
function ukAfternoon(now: number, days: number, hour: number, minute = 0): Date {
  const day = new Date(now + days * DAY);
  const noonUtc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
  const ukNoonHour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", hourCycle: "h23" }).format(noonUtc),
  );
  return new Date(noonUtc + (hour - ukNoonHour) * HOUR + minute * 60_000);
}

export async function seedEventsDemo(
  db: PrismaClient,
  refs: {
    users: Map<string, string>;
    organisations: Map<string, number>;
    themes: Map<string, number>;
    districts: Map<string, number>;
    now: number;
  },
  seedId: SeedIdFn,
): Promise<void> {
  const user = (key: string) => {
    const id = refs.users.get(key);
    if (!id) throw new Error(`Seeded events: no demo account ${key}`);
    return id;
  };
  const council = refs.organisations.get("essex-county-council")!;
  const facilitators = [user("ecc-officer"), user("moderator")];

  const upcomingId = seedId("event", "smart-essex-public-meeting");
  if (!(await db.event.findUnique({ where: { id: upcomingId }, select: { id: true } }))) {
    await db.event.create({
      data: {
        id: upcomingId,
        title: "Smart Essex public meeting: buses, bins and your data",
        description:
          "An evening for everyone: council officers, researchers from Anglia Ruskin University and local engineers answer your questions about smart buses, bins and streets, and about what happens to the data. Send a question in advance with the join code, or ask on the night.",
        kind: "public_meeting",
        startsAt: ukAfternoon(refs.now, 14, 18, 30),
        endsAt: ukAfternoon(refs.now, 14, 20, 0),
        place: "Chelmsford Civic Centre, Duke Street, Chelmsford",
        organiserId: user("ecc-officer"),
        organisationId: council,
        joinCode: DEMO_JOIN_CODE,
        acceptingQuestions: true,
        createdAt: new Date(refs.now - 10 * DAY),
        facilitators: { create: facilitators.map((userId) => ({ userId })) },
      },
    });
  }

  const pastId = seedId("event", "colchester-smart-streets-workshop");
  if (await db.event.findUnique({ where: { id: pastId }, select: { id: true } })) return;
  const startsAt = ukAfternoon(refs.now, -12, 10, 0);
  const endsAt = ukAfternoon(refs.now, -12, 12, 0);
  const publishedAt = new Date(endsAt.getTime() + 15 * 60_000);
  const pick = picker("colchester-smart-streets-workshop");
  const ageBands: AgeBand[] = ["under_16", "under_16", "under_16", "age_16_17"];

  await db.$transaction(async (tx) => {
    await tx.event.create({
      data: {
        id: pastId,
        title: "Smart streets workshop at Colchester Sixth Form College",
        description:
          "Year 12 students spent a morning with Essex County Council's highways team and Anglia Ruskin University's smart cities researchers, looking at sensors, lights and bins on Colchester's streets, and asked what they wanted to know.",
        kind: "school_workshop",
        startsAt,
        endsAt,
        place: "Colchester Sixth Form College, North Hill, Colchester",
        organiserId: user("ecc-officer"),
        organisationId: council,
        joinCode: PAST_JOIN_CODE,
        participantCount: PARTICIPANTS,
        publishedAt,
        createdAt: new Date(startsAt.getTime() - 21 * DAY),
        facilitators: { create: facilitators.map((userId) => ({ userId })) },
      },
    });
    const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
      id: seedId("event-participant", `colchester:${i}`),
      eventId: pastId,
      // Everyone in this room was under 18: their names were made up for them.
      nickname: generateDisplayName(pick),
      ageBand: ageBands[i % ageBands.length]!,
      tokenHash: tokenHash(`colchester:${i}`),
      joinedAt: new Date(startsAt.getTime() + (i % 10) * 60_000),
    }));
    await tx.eventParticipant.createMany({ data: participants });

    const roomId = (key: string) => seedId("event-question", `colchester:${key}`);
    // Targets of merges first, so the merge's foreign key is satisfied.
    const ordered = [...PAST_QUESTIONS].sort((a, b) => Number(Boolean(a.mergedInto)) - Number(Boolean(b.mergedInto)));
    for (const [index, q] of ordered.entries()) {
      const askedAt = new Date(startsAt.getTime() + (20 + index * 7) * 60_000);
      const decidedAt = new Date(askedAt.getTime() + 3 * 60_000);
      let questionId: string | null = null;
      if (q.status) {
        questionId = seedId("question", `event:colchester:${q.key}`);
        const answeredAt = q.response ? new Date(publishedAt.getTime() + q.response.daysAfter * DAY) : null;
        await tx.question.create({
          data: {
            id: questionId,
            title: q.text.length <= 140 ? q.text : `${q.text.slice(0, 137)}…`,
            body: q.text,
            authorId: null,
            eventId: pastId,
            districtId: refs.districts.get("colchester") ?? null,
            moderation: "approved",
            status: q.status,
            createdAt: publishedAt,
            publishedAt,
            answeredAt,
            themes: { create: (q.themes ?? []).map((slug) => ({ themeId: refs.themes.get(slug)! })) },
          },
        });
        await tx.statusChange.create({
          data: {
            id: seedId("status", `event:colchester:${q.key}:0`),
            questionId,
            actorId: user("moderator"),
            fromStatus: null,
            toStatus: "open",
            createdAt: publishedAt,
          },
        });
        if (q.response && answeredAt) {
          const organisationId = refs.organisations.get(q.response.organisation)!;
          await tx.response.create({
            data: {
              id: seedId("response", `event:colchester:${q.key}`),
              questionId,
              organisationId,
              authorId: user(q.response.author),
              body: q.response.body,
              createdAt: answeredAt,
            },
          });
          await tx.statusChange.create({
            data: {
              id: seedId("status", `event:colchester:${q.key}:1`),
              questionId,
              actorId: user(q.response.author),
              fromStatus: "open",
              toStatus: "answered",
              createdAt: answeredAt,
            },
          });
        }
      }
      const id = roomId(q.key);
      const supporters = participants.slice(1, 1 + q.supports);
      await tx.eventQuestion.create({
        data: {
          id,
          eventId: pastId,
          participantId: participants[index % participants.length]!.id,
          text: q.text,
          moderation: q.rejected ? "rejected" : "approved",
          askedByUnder18: q.askedByUnder18,
          supportCount: supporters.length,
          mergedIntoId: q.mergedInto ? roomId(q.mergedInto) : null,
          decidedById: user(index % 2 ? "moderator" : "ecc-officer"),
          decidedAt,
          answeredInRoomAt: q.status === "answered" ? new Date(endsAt.getTime() - (index + 1) * 5 * 60_000) : null,
          questionId,
          createdAt: askedAt,
        },
      });
      await tx.eventSupport.createMany({
        data: supporters.map((p) => ({ eventQuestionId: id, participantId: p.id, createdAt: decidedAt })),
      });
    }
    // A merge moves supports to the kept question without counting anyone twice (the room's rule).
    for (const q of PAST_QUESTIONS.filter((p) => p.mergedInto)) {
      const target = roomId(q.mergedInto!);
      await tx.$executeRaw`
        WITH moved AS (
          INSERT INTO event_support (event_question_id, participant_id, created_at)
          SELECT ${target}::uuid, participant_id, created_at FROM event_support WHERE event_question_id = ${roomId(q.key)}::uuid
          ON CONFLICT DO NOTHING RETURNING 1)
        UPDATE event_question SET support_count = support_count + (SELECT count(*) FROM moved) WHERE id = ${target}::uuid`;
      await tx.eventSupport.deleteMany({ where: { eventQuestionId: roomId(q.key) } });
      await tx.eventQuestion.update({ where: { id: roomId(q.key) }, data: { supportCount: 0 } });
    }
  });
}
