// Rules that depend on a particular row, beside the role table in permissions.ts: the table says whether a
// kind of person may ever do an action; a policy says whether this person may do it to this row. Policies
// are pure (no database, no clock), so the page that hides a button, the read model that reports it and the
// service that refuses it all ask the same function. lib/<domain>/policy.ts builds on the generic ones here.
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import type { Actor } from "./actor";

/** How a refusal reaches the person: "not_found" where even the row's existence must not leak. */
export type RefusalKind = "not_found" | "forbidden" | "conflict";

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string; kind: RefusalKind };

export function allow(): PolicyDecision {
  return { allowed: true };
}

export function refuse(reason: string, kind: RefusalKind = "forbidden"): PolicyDecision {
  return { allowed: false, reason, kind };
}

/** Services call this on a policy's answer: a refusal becomes the domain error the action shows. */
export function assertAllowed(decision: PolicyDecision): void {
  if (decision.allowed) return;
  if (decision.kind === "not_found") throw new NotFound(decision.reason);
  if (decision.kind === "conflict") throw new Conflict(decision.reason);
  throw new Forbidden(decision.reason);
}

/** What a policy needs to know about a person: who they are, their platform role, their organisations. */
export type PolicyActor = Pick<Actor, "id" | "platformRole" | "memberships">;

/** A post (question, comment, response) that someone wrote. */
export interface Authored {
  authorId: string | null;
}

export function isAuthor(actor: Pick<Actor, "id"> | null, post: Authored): boolean {
  return actor !== null && actor.id === post.authorId;
}

export function isAdmin(actor: PolicyActor | null): boolean {
  return actor?.platformRole === "admin";
}

/** Moderators and admins: every moderator power is an admin's too (DESIGN "People and roles"). */
export function isModerator(actor: PolicyActor | null): boolean {
  return actor?.platformRole === "moderator" || actor?.platformRole === "admin";
}

/** The person's membership of this organisation, or null when they do not belong to it. */
export function membershipOf(
  actor: PolicyActor | null,
  organisationId: number,
): PolicyActor["memberships"][number] | null {
  return actor?.memberships.find((m) => m.organisationId === organisationId) ?? null;
}

/** Two people who belong to at least one organisation together. */
export function shareAnOrganisation(a: PolicyActor, b: Pick<Actor, "memberships">): boolean {
  return a.memberships.some((m) => b.memberships.some((n) => n.organisationId === m.organisationId));
}

export const NOT_YOUR_ORGANISATION = "Only members of the organisation leading on this question can do that.";
export const LEADS_ONLY = "Only a lead of the organisation leading on this question can do that.";
export const NOT_YOUR_OWN_POST = "You cannot moderate your own post. Another moderator will check it.";
export const MODERATORS_ONLY = "Only a moderator can do that.";

/**
 * Working in an organisation's inbox (its questions, its internal notes): its members, lead or member, and
 * admins, who may act in any organisation's inbox.
 */
export function organisationAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  if (isAdmin(actor) || membershipOf(actor, organisationId)) return allow();
  return refuse(NOT_YOUR_ORGANISATION);
}

/** What only an organisation's leads may do for it (and admins, in any organisation). */
export function organisationLeadAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  if (isAdmin(actor) || membershipOf(actor, organisationId)?.role === "lead") return allow();
  return refuse(membershipOf(actor, organisationId) ? LEADS_ONLY : NOT_YOUR_ORGANISATION);
}

/** Moderating a post: moderators and admins, but nobody moderates their own posts. */
export function moderationAccess(actor: PolicyActor | null, post: Authored): PolicyDecision {
  if (!isModerator(actor)) return refuse(MODERATORS_ONLY);
  if (isAuthor(actor, post)) return refuse(NOT_YOUR_OWN_POST);
  return allow();
}
