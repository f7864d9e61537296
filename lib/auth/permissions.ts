// The one table of who may do what. Services ask it through can()/requirePermission(); the authorisation
// matrix test walks every kind of person against every action in it. A rule that depends on a particular
// row (your own account, your organisation's inbox) is checked again inside the service's query.
import { Forbidden, Unauthenticated } from "@/lib/errors";
import { suspendedRefusal } from "@/lib/accounts/copy";
import { noteCheckedAction } from "@/lib/request-scope";
import type { Actor } from "./actor";

/** A person's roles: their platform role, plus "partner" while they belong to an organisation. */
export type Role = "citizen" | "partner" | "moderator" | "admin";

export const ACTIONS = [
  "question.ask",
  "question.edit",
  "question.support",
  "question.follow",
  "comment.create",
  "comment.edit",
  "comment.delete",
  "flag.create",
  "notification.markRead",
  "account.updateProfile",
  "account.exportData",
  "account.delete",
  "account.signOutEverywhere",
  "account.resendVerification",
  "moderation.decideAgeBandChange",
  "moderation.decideQuestion",
  "moderation.decideComment",
  "moderation.decidePublicName",
  "moderation.hide",
  "moderation.restore",
  "moderation.markSafeguarding",
  "moderation.suspend",
  "post.appeal",
  "safeguarding.review",
  "response.publish",
  "response.edit",
  "answerTemplate.manage",
  "question.claim",
  "question.release",
  "question.transfer",
  "question.reassign",
  "question.tag",
  "question.changeStatus",
  "internalNote.create",
  "question.merge",
  "priorities.read",
  "inbox.export",
  "commitment.manage",
  "admin.changePlatformRole",
  "admin.manageMemberships",
  "organisation.manage",
  "membership.invite",
  "membership.remove",
  "invitation.accept",
  "theme.manage",
  "settings.manage",
  "population.manage",
  "audit.read",
  "securityEvent.read",
  "feedback.manage",
  "commitment.answerDeliveryCheck",
  "event.manage",
  "event.facilitate",
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  roles: readonly Role[];
  /** Must have confirmed their email address. */
  verified: boolean;
  /**
   * Plain English for a signed-in person who is refused. A rule open to everyone signed in refuses only
   * visitors, and they are told to sign in (Unauthenticated), so it has none.
   */
  refusal?: string;
  /**
   * Still allowed while the person is suspended: what they need to leave or look after their own data
   * (DESIGN: a suspended person can still read, download and delete their data). Everything else is refused.
   */
  whileSuspended?: true;
}

const EVERYONE_SIGNED_IN: readonly Role[] = ["citizen", "partner", "moderator", "admin"];
const CONFIRM = "Confirm your email address first. We sent you a link when you created your account.";
const ADMINS_ONLY = "Only a CSES administrator can do that.";
const MODERATORS_ONLY = "Only a CSES moderator can do that.";
const PARTNERS_ONLY = "Only a member of a partner organisation can do that.";
const EVENT_ORGANISERS_ONLY =
  "Only members of partner organisations, and CSES moderators and administrators, can organise events.";
const FACILITATORS_ONLY = "Only the facilitators of an event can run its room.";
const LEADS_OR_ADMINS = "Only a lead of the organisation, or a CSES administrator, can do that.";

export const PERMISSIONS: Record<Action, Rule> = {
  // Taking part: everyone signed in and verified, staff included (DESIGN "People and roles").
  "question.ask": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "question.edit": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "question.support": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "question.follow": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "comment.create": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "comment.edit": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "comment.delete": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  "flag.create": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  // Appealing a moderator's decision about your own post, once (lib/moderation/appeals).
  "post.appeal": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  // Answering "Has this been delivered?" about a commitment: only the people asked (lib/delivery-checks/policy.ts).
  "commitment.answerDeliveryCheck": { roles: EVERYONE_SIGNED_IN, verified: true, refusal: CONFIRM },
  // Your own notifications (the service finds only the person's own).
  "notification.markRead": { roles: EVERYONE_SIGNED_IN, verified: false, whileSuspended: true },
  // Your own account and data: anyone signed in, confirmed or not.
  "account.updateProfile": { roles: EVERYONE_SIGNED_IN, verified: false },
  "account.exportData": { roles: EVERYONE_SIGNED_IN, verified: false, whileSuspended: true },
  "account.delete": { roles: EVERYONE_SIGNED_IN, verified: false, whileSuspended: true },
  "account.signOutEverywhere": { roles: EVERYONE_SIGNED_IN, verified: false, whileSuspended: true },
  "account.resendVerification": { roles: EVERYONE_SIGNED_IN, verified: false },
  // Moderating: moderators, and admins (every moderator power is an admin's too).
  "moderation.decideAgeBandChange": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.decideQuestion": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.decideComment": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.decidePublicName": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.hide": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.restore": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  "moderation.markSafeguarding": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  // Suspending an account, lifting a suspension, and setting or ending a cool-down on someone's posts.
  "moderation.suspend": { roles: ["moderator", "admin"], verified: true, refusal: MODERATORS_ONLY },
  // Working on questions for an organisation: its members, and admins in any organisation (the service checks
  // which organisation, with organisationAccess).
  // Triage (lib/triage/policy.ts): which organisation holds the question decides who may move it; reassigning
  // within an organisation is for its leads.
  "response.publish": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "response.edit": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "answerTemplate.manage": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.claim": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.release": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.transfer": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.reassign": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.tag": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "question.changeStatus": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  "internalNote.create": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  // Merging a repeated question into the one kept (lib/merges/policy.ts: the duplicate must be in the pool or
  // held by the partner's own organisation).
  "question.merge": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  // The priorities dashboard and its downloads: aggregates of what the public raises, for the partners.
  "priorities.read": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  // Downloading a view of the inbox as CSV (internal notes only when asked for, and only those the person may read).
  "inbox.export": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  // "You said, we did": making commitments and changing them (lib/commitments/policy.ts: only the owning
  // organisation's members, and admins, may change one).
  "commitment.manage": { roles: ["partner", "admin"], verified: true, refusal: PARTNERS_ONLY },
  // Creating events and changing them, their facilitators included (lib/events/policy.ts: only the organiser, its
  // facilitators, and moderators and admins may change one).
  "event.manage": { roles: ["partner", "moderator", "admin"], verified: true, refusal: EVENT_ORGANISERS_ONLY },
  // Running the platform.
  "admin.changePlatformRole": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Adding an existing person to an organisation directly, and making a member a lead or back.
  "admin.manageMemberships": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Creating, editing, deactivating and reactivating partner organisations.
  "organisation.manage": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Inviting someone to an organisation by email (and withdrawing the invitation), and removing a member: admins
  // in any organisation, leads in their own only (lib/memberships/policy.ts).
  "membership.invite": { roles: ["partner", "admin"], verified: true, refusal: LEADS_OR_ADMINS },
  "membership.remove": { roles: ["partner", "admin"], verified: true, refusal: LEADS_OR_ADMINS },
  // Joining an organisation from an emailed invitation: the link's token proves the address, so confirming it
  // first is not needed; the service checks the invitation is to the person's own address.
  "invitation.accept": { roles: EVERYONE_SIGNED_IN, verified: false },
  "theme.manage": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  "settings.manage": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Replacing the census population figures behind "Who is taking part".
  "population.manage": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Reading the audit log (and downloading it) and the security events: both name people, so admins only.
  "audit.read": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  "securityEvent.read": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Reading the messages sent through the contact page (they may hold names and addresses) and closing them.
  "feedback.manage": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // The restricted list of safeguarding concerns: reading it and closing a concern once it is passed on.
  "safeguarding.review": { roles: ["admin"], verified: true, refusal: ADMINS_ONLY },
  // Running an event's room from its console (approve, edit, reject, merge, now answering, open and close, end):
  // the people who may be chosen as facilitators; lib/events/policy.ts facilitatorAccess then allows only that
  // event's facilitators, so a facilitator of one event cannot act on another.
  "event.facilitate": { roles: ["partner", "moderator", "admin"], verified: true, refusal: FACILITATORS_ONLY },
};

export function rolesOf(actor: Actor): Role[] {
  return actor.memberships.length ? [actor.platformRole, "partner"] : [actor.platformRole];
}

/**
 * Who may open the partner pages at all (the inbox, a question's triage page): members of any organisation,
 * and admins. What they may do there is the actions above.
 */
export function worksOnQuestions(actor: Actor | null): actor is Actor {
  return can(actor, "question.claim");
}

/** The actions a suspended person may still do: their own notifications and account. */
export const ALLOWED_WHILE_SUSPENDED: readonly Action[] = ACTIONS.filter(
  (action) => PERMISSIONS[action].whileSuspended,
);

/**
 * Visitors (null) may do none of the actions in the table: every one of them writes. A suspended person may
 * do only the few marked whileSuspended, whatever their role.
 */
export function can(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  const rule = PERMISSIONS[action];
  if (actor.suspension && !rule.whileSuspended) return false;
  if (rule.verified && !actor.verified) return false;
  return rolesOf(actor).some((role) => rule.roles.includes(role));
}

/**
 * Whether a page offers the form for this action: as can(), except that a suspended person still sees the form
 * (DESIGN: they are refused on submitting, with the reason and the end of the suspension) rather than an
 * invitation meant for someone else, such as "confirm your email address".
 */
export function offersForm(actor: Actor | null, action: Action): boolean {
  return can(actor && { ...actor, suspension: null }, action);
}

/** Throws Unauthenticated for a visitor, and Forbidden with the rule's plain-English reason for anyone else who may not act. */
export function requirePermission(actor: Actor | null, action: Action): asserts actor is Actor {
  // A refusal later in the service (a row rule) is recorded as a security event under this action's name.
  noteCheckedAction(action);
  if (!actor) throw new Unauthenticated();
  if (actor.suspension && !PERMISSIONS[action].whileSuspended) throw new Forbidden(suspendedRefusal(actor.suspension));
  if (!can(actor, action)) throw new Forbidden(PERMISSIONS[action].refusal);
}
