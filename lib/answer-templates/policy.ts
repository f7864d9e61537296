// Who keeps an organisation's answer templates: its members (lead or member) and admins, for any organisation.
import { organisationAccess, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const NOT_YOUR_TEMPLATES = "Only members of an organisation can change its answer templates.";

export function answerTemplateAccess(actor: PolicyActor | null, organisationId: number): PolicyDecision {
  const decision = organisationAccess(actor, organisationId);
  return decision.allowed ? decision : refuse(NOT_YOUR_TEMPLATES);
}
