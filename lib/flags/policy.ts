// Whether this person may report this post. The permissions table decides first whether they may report
// anything (signed in, email confirmed); this decides whether they may report this one.
import { allow, isAuthor, refuse, type PolicyDecision } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import { NOT_REPORTABLE } from "./schemas";

/** A post that may be reported: published, and (for a comment) on a published question, not deleted. */
export interface ReportablePost {
  kind: "question" | "comment";
  authorId: string | null;
}

export const REPORT_OWN_QUESTION =
  "You cannot report your own question. You can change it or ask a moderator for help.";
export const REPORT_OWN_COMMENT = "You cannot report your own comment. You can change or delete it instead.";

/** Null: nothing published by that id that this person can see (reported as not found, so nothing leaks). */
export function reportEligibility(post: ReportablePost | null, actor: Pick<Actor, "id"> | null): PolicyDecision {
  if (!post) return refuse(NOT_REPORTABLE, "not_found");
  if (isAuthor(actor, post)) return refuse(post.kind === "question" ? REPORT_OWN_QUESTION : REPORT_OWN_COMMENT);
  return allow();
}
