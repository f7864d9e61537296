import "server-only";
import {
  decodeCommitmentCursor,
  getCommitment,
  listCommitments as listCommitmentPage,
} from "@/lib/commitments/queries";
import { BadParameters } from "./http";
import { commitmentPage, questionPage } from "./paths";
import type { CommitmentDetailOut, CommitmentListOut, CommitmentListQuery } from "./schemas";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A page of commitments with the filters of /commitments, soonest target date first (lib/commitments). */
export async function listCommitments(
  query: CommitmentListQuery,
  origin: string,
  pageLink: (cursor: string | undefined) => string,
): Promise<CommitmentListOut> {
  if (query.cursor && !decodeCommitmentCursor(query.cursor))
    throw new BadParameters([{ parameter: "cursor", message: "cursor is not one this list gave" }]);
  const page = await listCommitmentPage(
    {
      partner: query.organisation,
      theme: query.theme,
      district: query.district,
      state: query.state,
      after: query.cursor,
    },
    { pageSize: query.limit },
  );
  return {
    data: page.items.map((c) => ({
      id: c.id,
      title: c.title,
      organisation: { slug: c.organisationSlug, name: c.organisation },
      state: c.state,
      targetDate: day(c.targetDate),
      progress: c.progress,
      questionCount: c.questionCount,
      url: commitmentPage(origin, c.id),
    })),
    links: { self: pageLink(query.cursor), next: page.next ? pageLink(page.next) : null },
  };
}

/** One commitment as its public page shows it, without the names of the people who wrote its updates. */
export async function getCommitmentOut(id: string, origin: string): Promise<CommitmentDetailOut | null> {
  const c = await getCommitment(id);
  if (!c) return null;
  return {
    id: c.id,
    title: c.title,
    organisation: { slug: c.organisationSlug, name: c.organisation },
    state: c.state,
    targetDate: day(c.targetDate),
    progress: c.progress,
    questionCount: c.questions.length,
    url: commitmentPage(origin, c.id),
    description: c.description,
    createdAt: c.createdAt.toISOString(),
    deliveredAt: c.deliveredAt?.toISOString() ?? null,
    evidence: c.evidence,
    evidenceLinks: c.evidenceLinks,
    droppedReason: c.droppedReason,
    milestones: c.milestones.map((m) => ({
      title: m.title,
      plannedDate: day(m.plannedDate),
      completedDate: m.completedDate ? day(m.completedDate) : null,
    })),
    updates: c.updates.map((u) => ({ body: u.body, createdAt: u.createdAt.toISOString() })),
    questions: c.questions.map((q) => ({ ...q, url: questionPage(origin, q.id) })),
  };
}
