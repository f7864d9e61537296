// The one table of who may do what. Services ask it through can()/requirePermission(); the authorisation
// tests walk every role against every action in it. A rule that depends on a particular row (your own
// question, your organisation's inbox) is checked again inside the service's query.
import { Forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

export type Role = "visitor" | "citizen" | "partner" | "moderator" | "admin";

export const ACTIONS = ["question.ask", "question.support", "comment.create", "flag.create", "account.signOutEverywhere"] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  /** Platform roles allowed (a partner is a citizen with a membership). */
  roles: readonly Role[];
  /** Must have confirmed their email address. */
  verified: boolean;
  /** Plain English for the refusal. */
  refusal: string;
}

const PARTICIPANTS: readonly Role[] = ["citizen", "partner", "moderator", "admin"];
const CONFIRM = "Confirm your email address first. We sent you a link when you created your account.";

export const PERMISSIONS: Record<Action, Rule> = {
  "question.ask": { roles: PARTICIPANTS, verified: true, refusal: CONFIRM },
  "question.support": { roles: PARTICIPANTS, verified: true, refusal: CONFIRM },
  "comment.create": { roles: PARTICIPANTS, verified: true, refusal: CONFIRM },
  "flag.create": { roles: PARTICIPANTS, verified: true, refusal: CONFIRM },
  "account.signOutEverywhere": { roles: PARTICIPANTS, verified: false, refusal: "Sign in first." },
};

/** Every role the actor holds: their platform role, and "partner" for each membership. */
export function rolesOf(actor: Actor | null): Role[] {
  if (!actor) return ["visitor"];
  return actor.memberships.length ? [actor.platformRole, "partner"] : [actor.platformRole];
}

export function can(actor: Actor | null, action: Action): boolean {
  const rule = PERMISSIONS[action];
  if (!actor) return rule.roles.includes("visitor");
  if (rule.verified && !actor.verified) return false;
  return rolesOf(actor).some((role) => rule.roles.includes(role));
}

/** Throws Forbidden with the rule's plain-English reason unless the actor may act. */
export function requirePermission(actor: Actor | null, action: Action): asserts actor is Actor {
  if (!actor) throw new Forbidden("Sign in first.");
  if (!can(actor, action)) throw new Forbidden(PERMISSIONS[action].refusal);
}
