import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import type { AssignmentEventKind, UserStatus } from "@/lib/generated/prisma/enums";
import { publicName } from "@/lib/questions/speaker";
import { readBankHolidayDates } from "@/lib/settings/queries";
import { ukDate } from "@/lib/triage/inbox-wording";
import { claimableFor, reassignAccess, releaseAccess, transferAccess, type AssignmentRow } from "./policy";

/** One hand-over of a question, as partners read it in its history. */
export interface HandOver {
  id: string;
  kind: AssignmentEventKind;
  fromOrganisation: string | null;
  toOrganisation: string | null;
  /** Who holds it after (a claim, a reassignment). */
  member: string | null;
  /** Who did it. */
  actor: string;
  /** The reason for a release, the note on a transfer. */
  note: string | null;
  createdAt: Date;
}

/** The most hand-overs the history shows; a question changes hands a few times, so this is the whole of it. */
export const HAND_OVER_HISTORY_LIMIT = 50;

/** What the assignment section of the triage page shows beside who holds the question. */
export interface AssignmentPanel {
  /** Newest first, at most HAND_OVER_HISTORY_LIMIT. */
  history: HandOver[];
  /** More hand-overs than the history shows. */
  historyTruncated: boolean;
  /** The organisations the viewer may claim it for (empty: no claim offered). */
  claimFor: { id: number; name: string }[];
  canRelease: boolean;
  canTransfer: boolean;
  canReassign: boolean;
  /** Today in the UK (yyyy-mm-dd), and the bank holidays: the due date's wording counts working days between them. */
  today: string;
  bankHolidays: Set<string>;
}

type NamedUser = { displayName: string; status: UserStatus } | null;
const named = { select: { displayName: true, status: true } } as const;

function nameOf(user: NamedUser): string | null {
  return user ? publicName(user) : null;
}

/** The active organisations a person could act for: all of them for an admin, else their own, by name. */
async function organisationsOf(actor: Actor): Promise<{ id: number; name: string }[]> {
  return db.organisation.findMany({
    where: {
      deactivatedAt: null,
      ...(isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } }),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The hand-over history of a question and the actions this person may take on it, for the triage page
 * (which has already checked worksOnQuestions and that the question is published).
 */
export async function getAssignmentPanel(
  question: AssignmentRow & { id: string },
  actor: Actor,
  now = new Date(),
): Promise<AssignmentPanel> {
  const [events, organisations, bankHolidays] = await Promise.all([
    db.assignmentEvent.findMany({
      where: { questionId: question.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HAND_OVER_HISTORY_LIMIT + 1,
      select: {
        id: true,
        kind: true,
        note: true,
        createdAt: true,
        fromOrganisation: { select: { name: true } },
        toOrganisation: { select: { name: true } },
        member: named,
        actor: named,
      },
    }),
    organisationsOf(actor),
    question.assignment ? readBankHolidayDates() : new Set<string>(),
  ]);
  return {
    history: events.slice(0, HAND_OVER_HISTORY_LIMIT).map((event) => ({
      id: event.id,
      kind: event.kind,
      fromOrganisation: event.fromOrganisation?.name ?? null,
      toOrganisation: event.toOrganisation?.name ?? null,
      member: nameOf(event.member),
      actor: nameOf(event.actor) ?? "",
      note: event.note,
      createdAt: event.createdAt,
    })),
    historyTruncated: events.length > HAND_OVER_HISTORY_LIMIT,
    claimFor: claimableFor(question, actor, organisations),
    canRelease: releaseAccess(question, actor).allowed,
    canTransfer: transferAccess(question, actor).allowed,
    canReassign: reassignAccess(question, actor).allowed,
    today: ukDate(now),
    bankHolidays,
  };
}

/** The organisations a question may be transferred to: every active one but the organisation holding it. */
export async function listTransferDestinations(holdingOrganisationId: number): Promise<{ id: number; name: string }[]> {
  return db.organisation.findMany({
    where: { id: { not: holdingOrganisationId }, deactivatedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The current members of an organisation, by name: who a lead may give a question to. */
export async function listOrganisationMembers(organisationId: number): Promise<{ id: string; name: string }[]> {
  const memberships = await db.organisationMembership.findMany({
    where: { organisationId, user: { status: "active" } },
    orderBy: { user: { displayName: "asc" } },
    select: { user: { select: { id: true, displayName: true } } },
  });
  return memberships.map((m) => ({ id: m.user.id, name: m.user.displayName }));
}
