// Demo answers to "Has this been delivered?" (lib/delivery-checks): the delivered commitment delivered longest
// ago has 14 of its supporters asked and answered (11 yes, 2 partly, 1 no), so its page shows the public's
// confirmation, and the demo citizen asked but not yet answered, with the notification that leads to the form.
// It runs after the commitments exist and does nothing when none is delivered. The supporters are the demo
// supporters (prisma/seed-demo-support.ts) where there are enough, otherwise people of its own; each supports
// one of the commitment's questions as supporting does (count and trending score raised in the same
// statement). Stable ids and ON CONFLICT DO NOTHING: a second run adds nothing and changes no count.
import { Prisma, type PrismaClient } from "../lib/generated/prisma/client";
import type { DeliveryAnswer } from "../lib/generated/prisma/enums";
import { voteWeightSql } from "../lib/votes/trending";

const DAY = 24 * 60 * 60 * 1000;
/** The delivery check delay's default (lib/settings/definitions.ts). */
const DELAY_DAYS = 28;
/** Enough answers for the counts to show (at least 10), in a mix a real commitment might get. */
export const DEMO_DELIVERY_ANSWERS: DeliveryAnswer[] = [
  ...Array<DeliveryAnswer>(11).fill("yes"),
  ...Array<DeliveryAnswer>(2).fill("partly"),
  "no",
];
/** How many of the demo supporters are looked at for people to ask. */
const DEMO_SUPPORTERS_LOOKED_AT = 60;

export async function seedDeliveryChecks(
  db: PrismaClient,
  seedId: (kind: string, key: string) => string,
): Promise<{ commitmentId: string; answered: number } | null> {
  const commitment = await db.commitment.findFirst({
    where: { state: "delivered", deliveredAt: { not: null }, questions: { some: {} } },
    orderBy: [{ deliveredAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      createdAt: true,
      deliveredAt: true,
      organisation: { select: { name: true } },
      questions: { select: { question: { select: { id: true, authorId: true } } }, orderBy: { questionId: "asc" } },
    },
  });
  if (!commitment?.deliveredAt) return null;
  const question = commitment.questions[0]!.question;
  const wanted = DEMO_DELIVERY_ANSWERS.length;

  const demoSupporters = await db.user.findMany({
    where: {
      id: {
        in: Array.from({ length: DEMO_SUPPORTERS_LOOKED_AT }, (_, n) => seedId("user", `supporter-${n + 1}`)),
        not: question.authorId ?? undefined,
      },
      status: "active",
      emailVerifiedAt: { not: null },
    },
    orderBy: { id: "asc" },
    take: wanted,
    select: { id: true },
  });
  const people = demoSupporters.map((person) => person.id);
  // Without the demo supporters (a seed of the commitments alone, a test): people of its own.
  const joinedAt = new Date(commitment.createdAt.getTime() - 60 * DAY);
  const own = Array.from({ length: wanted - people.length }, (_, n) => ({
    id: seedId("user", `delivery-check-${n + 1}`),
    email: `delivery-check-${n + 1}@example.com`,
    emailVerifiedAt: joinedAt,
    displayName: `Delivery Checker ${n + 1}`,
    ageBand: "age_45_64" as const,
    participantType: "resident" as const,
    createdAt: joinedAt,
  }));
  if (own.length) await db.user.createMany({ data: own, skipDuplicates: true });
  people.push(...own.map((person) => person.id));

  // Their support, before the commitment was made (kept if they had already given it).
  const supportedAt = new Date(commitment.createdAt.getTime() - 7 * DAY);
  const citizen = await db.user.findFirst({
    where: { id: seedId("user", "citizen"), status: "active", NOT: { id: question.authorId ?? undefined } },
    select: { id: true },
  });
  const supporters = citizen ? [...people, citizen.id] : people;
  await db.$executeRaw`
    WITH inserted AS (
      INSERT INTO vote (user_id, question_id, created_at)
      SELECT person, ${question.id}::uuid, ${supportedAt} FROM unnest(${supporters}::uuid[]) AS person
      ON CONFLICT DO NOTHING RETURNING question_id, created_at
    ), totals AS (
      SELECT question_id, count(*)::int AS supports, sum(${voteWeightSql(Prisma.sql`created_at`)}) AS weight
      FROM inserted GROUP BY question_id
    )
    UPDATE question q
    SET support_count = q.support_count + t.supports, trending_score = q.trending_score + t.weight
    FROM totals t WHERE q.id = t.question_id`;

  // Asked when the delay had passed (or now, for a commitment delivered more recently), answered a day apart.
  const asked = new Date(Math.min(commitment.deliveredAt.getTime() + DELAY_DAYS * DAY, Date.now()));
  const answeredAt = people.map((_, n) => new Date(Math.min(asked.getTime() + (n + 1) * DAY, Date.now())));
  await db.$executeRaw`
    INSERT INTO delivery_check (commitment_id, user_id, asked_at, answer, answered_at)
    SELECT ${commitment.id}::uuid, a.person, ${asked}, a.answer::"DeliveryAnswer", a.answered_at::timestamp(3)
    FROM unnest(${people}::uuid[], ${DEMO_DELIVERY_ANSWERS}::text[], ${answeredAt.map((d) => d.toISOString())}::text[])
      AS a(person, answer, answered_at)
    ON CONFLICT DO NOTHING`;

  // The demo citizen supported it too and was asked, but has not answered: their notification leads to the form.
  if (citizen) {
    await db.deliveryCheck.createMany({
      data: [{ commitmentId: commitment.id, userId: citizen.id, askedAt: asked }],
      skipDuplicates: true,
    });
    await db.notification.createMany({
      data: [
        {
          id: seedId("notification", `delivery-check:${commitment.id}`),
          userId: citizen.id,
          eventId: commitment.id,
          kind: "delivery_check",
          questionId: question.id,
          message:
            `${commitment.organisation.name} marked “${commitment.title}” as delivered. You supported a question it answers: has it been delivered? Tell us what you see.`.slice(
              0,
              500,
            ),
          emailState: "skipped",
          createdAt: asked,
        },
      ],
      skipDuplicates: true,
    });
  }
  // Asked: the job leaves it alone (it would otherwise ask its other supporters now).
  await db.commitment.updateMany({
    where: { id: commitment.id, deliveryCheckSentAt: null },
    data: { deliveryCheckSentAt: asked },
  });
  return { commitmentId: commitment.id, answered: people.length };
}
