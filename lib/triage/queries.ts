import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { worksOnQuestions } from "@/lib/auth/permissions";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { workspaceAccess } from "@/lib/questions/policy";
import { publicName } from "@/lib/questions/queries";
import { questionVisibleTo } from "@/lib/questions/visibility";

/** What the organisation leading on a question works with: never sent to anyone else. */
export interface PartnerWorkspace {
  /** Null while the question waits in the pool (only admins see the workspace then). */
  assignment: { organisation: string; dueOn: Date; claimedBy: string | null; claimedAt: Date | null } | null;
  notes: { id: string; organisation: string | null; author: string; body: string; createdAt: Date }[];
}

/**
 * Which internal notes this person sees: an admin every note; a partner their organisation's notes and the
 * admins' notes (written for no organisation), not those another organisation left before a transfer.
 */
function internalNotesVisibleTo(actor: Actor, leadingOrganisationId: number | null): Prisma.InternalNoteWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ organisationId: leadingOrganisationId }, { organisationId: null }] };
}

const personSelect = { select: { displayName: true, status: true } } as const;

/**
 * The partner workspace of a question (workspaceAccess: members of the leading organisation and admins),
 * or null for everyone else, and for a question they may not see at all.
 */
export const getPartnerWorkspace = cache(async (id: string, viewer: Actor | null): Promise<PartnerWorkspace | null> => {
  // Most viewers belong to no organisation and are not admins: no query for them.
  if (!viewer || (!viewer.memberships.length && !isAdmin(viewer)) || !z.uuid().safeParse(id).success) return null;
  const question = await db.question.findFirst({
    where: { AND: [{ id }, questionVisibleTo(viewer)] },
    select: { assignment: { select: { organisationId: true } } },
  });
  if (!question || !workspaceAccess(question.assignment, viewer).allowed) return null;

  const leadingOrganisationId = question.assignment?.organisationId ?? null;
  const [assignment, notes] = await Promise.all([
    db.assignment.findUnique({
      where: { questionId: id },
      select: { dueOn: true, claimedAt: true, organisation: { select: { name: true } }, claimedBy: personSelect },
    }),
    db.internalNote.findMany({
      where: { AND: [{ questionId: id }, internalNotesVisibleTo(viewer, leadingOrganisationId)] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, body: true, createdAt: true, organisation: { select: { name: true } }, author: personSelect },
    }),
  ]);
  return {
    assignment: assignment
      ? {
          organisation: assignment.organisation.name,
          dueOn: assignment.dueOn,
          claimedBy: assignment.claimedBy ? publicName(assignment.claimedBy) : null,
          claimedAt: assignment.claimedAt,
        }
      : null,
    notes: notes.map((n) => ({
      id: n.id,
      organisation: n.organisation?.name ?? null,
      author: publicName(n.author),
      body: n.body,
      createdAt: n.createdAt,
    })),
  };
});

/** A published question as partners work on it: the head of its triage page, and who holds it. */
export interface TriageQuestion {
  id: string;
  title: string;
  status: QuestionStatus;
  publishedAt: Date;
  supportCount: number;
  district: string | null;
  themes: { id: number; name: string }[];
  /** Null while it waits in the pool. */
  assignment: {
    organisationId: number;
    organisation: string;
    dueOn: Date;
    claimedBy: { id: string; name: string } | null;
    claimedAt: Date | null;
  } | null;
}

/**
 * The triage head of a published question, for members of any organisation and admins (worksOnQuestions);
 * null for anyone else and for a question that is not published (held, rejected or hidden).
 */
export const getTriageQuestion = cache(async (id: string, viewer: Actor | null): Promise<TriageQuestion | null> => {
  if (!worksOnQuestions(viewer) || !z.uuid().safeParse(id).success) return null;
  const question = await db.question.findFirst({
    where: { id, moderation: "approved" },
    select: {
      id: true,
      title: true,
      status: true,
      publishedAt: true,
      createdAt: true,
      supportCount: true,
      district: { select: { name: true } },
      themes: { select: { theme: { select: { id: true, name: true, position: true } } } },
      assignment: {
        select: {
          organisationId: true,
          dueOn: true,
          claimedAt: true,
          organisation: { select: { name: true } },
          claimedBy: { select: { id: true, displayName: true, status: true } },
        },
      },
    },
  });
  if (!question) return null;
  const { assignment } = question;
  return {
    id: question.id,
    title: question.title,
    status: question.status,
    publishedAt: question.publishedAt ?? question.createdAt,
    supportCount: question.supportCount,
    district: question.district?.name ?? null,
    themes: question.themes.map((t) => t.theme).sort((a, b) => a.position - b.position),
    assignment: assignment
      ? {
          organisationId: assignment.organisationId,
          organisation: assignment.organisation.name,
          dueOn: assignment.dueOn,
          claimedBy: assignment.claimedBy
            ? { id: assignment.claimedBy.id, name: publicName(assignment.claimedBy) }
            : null,
          claimedAt: assignment.claimedAt,
        }
      : null,
  };
});
