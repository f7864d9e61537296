// The home page's reads (issue 21, "the front door"): the loop's three figures, one "you said, we did" story and
// the next events. Each is one query over stored counts or an index, so the page stays as quick as the benchmark
// asks at 100,000 questions.
import "server-only";
import { db } from "@/lib/db";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { publishedTallySql } from "@/lib/questions/tally";

/**
 * The statuses of a question that a partner has answered in public: an official response moves it to "answered",
 * and only from there on to planned, in progress or delivered (DESIGN, the legal transitions).
 */
export const ANSWERED_STATUSES = [
  "answered",
  "planned",
  "in_progress",
  "delivered",
] as const satisfies readonly QuestionStatus[];

/** The three steps of the loop, each as a figure from the stored data. */
export interface LoopFigures {
  /** Published questions and ideas. */
  questionsAsked: number;
  /** Published questions a partner has answered in public. */
  questionsAnswered: number;
  /** Commitments the partners have delivered. */
  commitmentsDelivered: number;
}

/**
 * One query: two sums over the published-question tally (a few hundred rows however many questions) and a count
 * of delivered commitments (the (state, target_date) index).
 */
export async function getLoopFigures(): Promise<LoopFigures> {
  const [row] = await db.$queryRaw<LoopFigures[]>`
    SELECT (${publishedTallySql({})}) AS "questionsAsked",
           (${publishedTallySql({ statuses: ANSWERED_STATUSES })}) AS "questionsAnswered",
           (SELECT count(*)::int FROM commitment WHERE state = 'delivered') AS "commitmentsDelivered"`;
  return row!;
}

/** "You said, we did": a delivered commitment, told from the question it answered. */
export interface DeliveredStory {
  commitment: { id: string; title: string; organisation: string; deliveredAt: Date | null; evidence: string | null };
  /** Its most supported published question: what people said. */
  question: { id: string; title: string; supportCount: number };
}

/**
 * The most recently delivered commitment that has a published question to tell it from (a commitment whose
 * questions were all hidden later has nothing public to say "you said" with), or null when none has.
 */
export async function getLatestDeliveredStory(): Promise<DeliveredStory | null> {
  const [row] = await db.$queryRaw<
    {
      id: string;
      title: string;
      organisation: string;
      delivered_at: Date | null;
      evidence: string | null;
      question_id: string;
      question_title: string;
      support_count: number;
    }[]
  >`
    SELECT c.id, c.title, o.name AS organisation, c.delivered_at, c.evidence,
           q.id AS question_id, q.title AS question_title, q.support_count
    FROM commitment c
    JOIN organisation o ON o.id = c.organisation_id
    JOIN LATERAL (
      SELECT q.id, q.title, q.support_count
      FROM commitment_question cq
      JOIN question q ON q.id = cq.question_id AND q.moderation = 'approved'
      WHERE cq.commitment_id = c.id
      ORDER BY q.support_count DESC, q.id
      LIMIT 1
    ) q ON TRUE
    WHERE c.state = 'delivered'
    ORDER BY c.delivered_at DESC NULLS LAST, c.id DESC
    LIMIT 1`;
  if (!row) return null;
  return {
    commitment: {
      id: row.id,
      title: row.title,
      organisation: row.organisation,
      deliveredAt: row.delivered_at,
      evidence: row.evidence,
    },
    question: { id: row.question_id, title: row.question_title, supportCount: row.support_count },
  };
}

export const UPCOMING_EVENTS_SHOWN = 3;

export interface UpcomingEvent {
  id: string;
  title: string;
  startsAt: Date;
  place: string;
}

/** The next events to start, soonest first (the starts_at index). */
export function listUpcomingEvents(now: Date = new Date()): Promise<UpcomingEvent[]> {
  return db.event.findMany({
    where: { startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: UPCOMING_EVENTS_SHOWN,
    select: { id: true, title: true, startsAt: true, place: true },
  });
}
