import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DeliveryAnswer } from "@/lib/generated/prisma/enums";
import { MIN_ANSWERS_SHOWN } from "./schemas";

/** What the public said about a delivered commitment: the counts, or only how few have answered. */
export type DeliveryConfirmation =
  | {
      shown: true;
      /** The denominator: everyone who answered. */
      answered: number;
      yes: number;
      partly: number;
      no: number;
    }
  | { shown: false };

/** The answers to a commitment's delivery check, counted in one read of its (commitment, answer) index. */
export async function deliveryConfirmation(commitmentId: string): Promise<DeliveryConfirmation> {
  const rows = await db.$queryRaw<{ answer: DeliveryAnswer; count: number }[]>`
    SELECT answer, count(*)::int AS count FROM delivery_check
    WHERE commitment_id = ${commitmentId}::uuid AND answer IS NOT NULL
    GROUP BY answer`;
  const count = (answer: DeliveryAnswer) => rows.find((row) => row.answer === answer)?.count ?? 0;
  const answered = rows.reduce((sum, row) => sum + row.count, 0);
  if (answered < MIN_ANSWERS_SHOWN) return { shown: false };
  return { shown: true, answered, yes: count("yes"), partly: count("partly"), no: count("no") };
}

export interface DeliveredCommitment {
  id: string;
  title: string;
  description: string;
  organisation: string;
  targetDate: Date;
  deliveredAt: Date;
  evidence: string | null;
  evidenceLinks: string[];
  /** Its published questions, to link to. */
  questions: { id: string; title: string }[];
  /** The person's own check: null when they were not asked (or nobody is signed in). */
  check: { userId: string; answer: DeliveryAnswer | null; answeredAt: Date | null } | null;
}

/** A delivered commitment as its answer page shows it, with the person's own check; null if not delivered. */
export const getDeliveredCommitment = cache(async function getDeliveredCommitment(
  commitmentId: string,
  actor: Actor | null,
): Promise<DeliveredCommitment | null> {
  const [commitment, check] = await Promise.all([
    db.commitment.findFirst({
      where: { id: commitmentId, state: "delivered" },
      select: {
        id: true,
        title: true,
        description: true,
        targetDate: true,
        deliveredAt: true,
        evidence: true,
        evidenceLinks: true,
        organisation: { select: { name: true } },
        questions: {
          where: { question: { moderation: "approved" } },
          select: { question: { select: { id: true, title: true } } },
          orderBy: { question: { title: "asc" } },
        },
      },
    }),
    actor
      ? db.deliveryCheck.findUnique({
          where: { commitmentId_userId: { commitmentId, userId: actor.id } },
          select: { userId: true, answer: true, answeredAt: true },
        })
      : null,
  ]);
  if (!commitment || !commitment.deliveredAt) return null;
  return {
    id: commitment.id,
    title: commitment.title,
    description: commitment.description,
    organisation: commitment.organisation.name,
    targetDate: commitment.targetDate,
    deliveredAt: commitment.deliveredAt,
    evidence: commitment.evidence,
    evidenceLinks: commitment.evidenceLinks,
    questions: commitment.questions.map((link) => link.question),
    check,
  };
});
