// Who may suspend whom, or hold whose posts. Pure, so the person's page can show only the forms the service
// would accept.
import type { PlatformRole } from "@/lib/generated/prisma/enums";
import { allow, isAdmin, isModerator, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

export const PERSON_NOT_FOUND = "We could not find that person.";
export const NOT_YOURSELF = "You cannot suspend your own account or hold your own posts. Ask another moderator.";
export const NOT_AN_ADMIN =
  "Nobody can suspend an administrator or hold their posts. Another administrator can change their role first.";
export const MODERATORS_BY_ADMINS =
  "Only an administrator can suspend a moderator or hold their posts. Contact the CSES administrators.";
export const ONLY_MODERATORS = "Only a CSES moderator can do that.";

/** The person a moderator would act on: their role, and whether the account still exists. */
export interface AccountTarget {
  id: string;
  platformRole: PlatformRole;
  deleted: boolean;
}

/**
 * Suspending, lifting a suspension, and setting or ending a cool-down: moderators act on citizens and partner
 * members; only administrators act on a moderator; nobody acts on themselves or on an administrator (who would
 * otherwise lock the others out). Null or deleted: not found.
 */
export function accountActionAccess(actor: PolicyActor | null, target: AccountTarget | null): PolicyDecision {
  if (!isModerator(actor)) return refuse(ONLY_MODERATORS);
  if (!target || target.deleted) return refuse(PERSON_NOT_FOUND, "not_found");
  if (actor!.id === target.id) return refuse(NOT_YOURSELF);
  if (target.platformRole === "admin") return refuse(NOT_AN_ADMIN);
  if (target.platformRole === "moderator" && !isAdmin(actor)) return refuse(MODERATORS_BY_ADMINS);
  return allow();
}
