// Every action name the code writes to the audit log, with what it means in plain English. The audit log page
// shows the label beside the code and offers these as its action filter; tests/unit/audit-actions.test.ts fails
// when a `recordAudit` call in lib/ names an action that is missing here (or an entry here is no longer written).

export const AUDIT_ACTIONS = {
  // Moderation of posts and names
  "moderation.approveQuestion": "Approved a question",
  "moderation.rejectQuestion": "Turned down a question",
  "moderation.hideQuestion": "Hid a question",
  "moderation.restoreQuestion": "Restored a hidden question",
  "moderation.keepQuestion": "Kept a question hidden",
  "moderation.approveComment": "Approved a comment",
  "moderation.rejectComment": "Turned down a comment",
  "moderation.hideComment": "Hid a comment",
  "moderation.restoreComment": "Restored a hidden comment",
  "moderation.keepComment": "Kept a comment hidden",
  "moderation.approvePublicName": "Approved a public name",
  "moderation.rejectPublicName": "Turned down a public name",
  "moderation.hiddenByReports": "Hidden automatically after reports",
  "moderation.appeal": "Appealed a moderation decision",
  "moderation.markSafeguarding": "Marked a safeguarding concern",
  "moderation.approveAgeBandChange": "Approved an age group change",
  "moderation.declineAgeBandChange": "Declined an age group change",
  "safeguarding.closeConcern": "Closed a safeguarding concern",
  // Accounts
  "account.suspended": "Suspended an account",
  "account.suspensionLifted": "Lifted a suspension",
  "account.coolDownSet": "Held a person's posts for review",
  "account.coolDownEnded": "Ended a hold on a person's posts",
  "account.changeAgeBand": "Changed their own age group",
  "account.requestAgeBandChange": "Asked to change their age group",
  "account.deleted": "Deleted their account",
  // Roles and memberships
  "user.role_changed": "Changed a platform role",
  "membership.added": "Added or changed an organisation membership",
  "membership.removed": "Removed an organisation membership",
  "membership.role_changed": "Made a member a lead, or a lead a member",
  "invitation.sent": "Invited someone to an organisation",
  "invitation.withdrawn": "Withdrew an invitation",
  "invitation.accepted": "Joined an organisation from an invitation",
  // Partners' work on questions
  "question.claim": "Claimed a question",
  "question.release": "Released a question to the pool",
  "question.transfer": "Transferred a question",
  "question.reassign": "Reassigned a question within the organisation",
  "question.changeStatus": "Changed a question's status",
  "question.merged": "Merged a duplicate question into another",
  "question.tag": "Changed a question's themes or tags",
  "response.publish": "Published an official response",
  "response.edit": "Edited an official response",
  "internalNote.create": "Added an internal note",
  "answerTemplate.create": "Created an answer template",
  "answerTemplate.update": "Changed an answer template",
  "answerTemplate.delete": "Deleted an answer template",
  "commitment.create": "Made a commitment",
  "commitment.edit": "Changed a commitment's title, description or target date",
  "commitment.addMilestone": "Added a milestone to a commitment",
  "commitment.completeMilestone": "Completed a commitment's milestone",
  "commitment.setProgress": "Set a commitment's progress",
  "commitment.postUpdate": "Posted an update on a commitment",
  "commitment.changeState": "Moved a commitment on (started, delivered or dropped)",
  // Events
  "event.create": "Created an event",
  "event.edit": "Changed an event's details or facilitators",
  "event.participants_deleted": "Deleted an event's participants after the retention period",
  // Running an event's room (lib/event-console)
  "event.approveQuestion": "Approved a question asked at an event",
  "event.rejectQuestion": "Turned down a question asked at an event",
  "event.mergeQuestion": "Merged a repeated question at an event",
  "event.nowAnswering": "Chose the question being answered at an event",
  "event.answeredInRoom": "Marked a question answered at an event",
  "event.themeQuestion": "Chose the theme of a question asked at an event",
  "event.openQuestions": "Opened an event for questions",
  "event.closeQuestions": "Closed an event for questions",
  "event.ended": "Ended an event early",
  "event.published": "Published an event's questions on the portal",
  // Administration
  "feedback.dealt_with": "Marked feedback as dealt with",
  "organisation.created": "Created an organisation",
  "organisation.updated": "Changed an organisation's details",
  "organisation.deactivated": "Deactivated an organisation",
  "organisation.reactivated": "Reactivated an organisation",
  "theme.created": "Created a theme",
  "theme.updated": "Renamed or changed a theme",
  "theme.retired": "Retired a theme",
  "theme.restored": "Brought back a retired theme",
  "setting.changed": "Changed a setting",
  "bankHoliday.added": "Added a bank holiday",
  "bankHoliday.removed": "Removed a bank holiday",
  "population.replace": "Replaced the census population figures",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, name);
}

/** The plain-English label of an action; an unknown (older) name is shown as it was stored. */
export function auditActionLabel(name: string): string {
  return isAuditAction(name) ? AUDIT_ACTIONS[name] : name;
}
