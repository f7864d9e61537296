import { allow, refuse, type PolicyActor, type PolicyDecision } from "@/lib/auth/policy";

/**
 * Whether this moderator may decide this request: it must still be pending (else "not found", with the message
 * given), and nobody decides their own (DESIGN: nobody moderates their own posts; a moderator could otherwise
 * lift their own protections).
 */
export function decideAgeBandRequestPolicy(
  actor: PolicyActor,
  request: { userId: string } | null,
  notPending: string,
): PolicyDecision {
  if (!request) return refuse(notPending, "not_found");
  if (request.userId === actor.id) return refuse("You cannot decide your own request. Ask another moderator.");
  return allow();
}
