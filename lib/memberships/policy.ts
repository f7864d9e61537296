// Who may look after an organisation's team: invite people to it, withdraw an invitation, remove a member.
// The permissions table lets partners and admins try (membership.invite, membership.remove); these pure rules
// then allow admins in any organisation and leads in their own only. Pages (which buttons to show, who may
// open /partner/members) and services ask the same functions.
import { allow, isAdmin, membershipOf, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const LEADS_ONLY_FOR_TEAM =
  "Only a lead of this organisation can invite or remove its members. Ask one of your organisation's leads.";
export const NOT_YOUR_TEAM = "You can only invite people to, or remove people from, an organisation you lead.";
export const LAST_LEAD_LEAVING =
  "You are this organisation's only lead, so you cannot remove yourself. Make another member a lead first (a CSES administrator can do that), or ask an administrator to remove you.";

/** Inviting, withdrawing an invitation, removing a member: admins anywhere, leads in their own organisation. */
export function teamManagementAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  if (isAdmin(actor)) return allow();
  const membership = membershipOf(actor, organisationId);
  if (membership?.role === "lead") return allow();
  return refuse(membership ? LEADS_ONLY_FOR_TEAM : NOT_YOUR_TEAM);
}

/**
 * Removing one person from an organisation, given who leads it now (read with those rows locked). A lead may
 * remove anyone, themself included, as long as a lead remains: an organisation whose last lead walked out
 * would have no one left to run its team but the CSES administrators. An administrator may remove anyone,
 * the last lead included, since they can still run the team and make someone else a lead.
 */
export function memberRemovalAccess(
  actor: PolicyActor | null,
  removal: { organisationId: number; userId: string; leadIds: readonly string[] },
): PolicyDecision {
  if (isAdmin(actor)) return allow();
  // The leads as they are now, not as the actor was loaded: a lead removed a moment ago is a lead no longer.
  if (!actor || !removal.leadIds.includes(actor.id)) {
    return refuse(membershipOf(actor, removal.organisationId) ? LEADS_ONLY_FOR_TEAM : NOT_YOUR_TEAM);
  }
  const remainingLeads = removal.leadIds.filter((id) => id !== removal.userId);
  if (removal.userId === actor.id && remainingLeads.length === 0) return refuse(LAST_LEAD_LEAVING, "conflict");
  return allow();
}
