// Who may answer for an organisation, and who may change an answer once it is published. Pure, so the composer
// that offers organisations, the triage page that shows "Edit" and the services that refuse ask the same thing.
import { isAdmin, organisationAccess, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const NOT_YOUR_RESPONSE = "Only members of the organisation that published this response can change it.";
export const NOT_YOUR_ORGANISATION_TO_ANSWER = "You can only publish responses for an organisation you belong to.";

/**
 * Publishing a response for an organisation: its members (lead or member) and admins, for any organisation.
 * Any organisation may answer any published question, whoever holds it: several organisations may each respond.
 */
export function respondAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  const decision = organisationAccess(actor, organisationId);
  return decision.allowed ? decision : refuse(NOT_YOUR_ORGANISATION_TO_ANSWER);
}

/** Changing a published response: members of the organisation it speaks for, and admins. */
export function responseEditAccess(actor: PolicyActor | null, response: { organisationId: number }): PolicyDecision {
  const decision = organisationAccess(actor, response.organisationId);
  return decision.allowed ? decision : refuse(NOT_YOUR_RESPONSE);
}

/** The organisations (of those given) this person may answer for: all of them for an admin, else their own. */
export function organisationsToAnswerFor<T extends { id: number }>(actor: PolicyActor | null, organisations: T[]): T[] {
  if (isAdmin(actor)) return organisations;
  return organisations.filter((o) => respondAccess(actor, o.id).allowed);
}
