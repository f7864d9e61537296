import "server-only";
import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { metadataIfFound } from "@/components/layout/page-not-found";
import { getActor, type Actor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import type { PolicyDecision } from "@/lib/auth/policy";
import { getTriageQuestion, type TriageQuestion } from "@/lib/triage/queries";

/**
 * What a hand-over page (release, transfer, reassign) needs: the person, signed in and working on questions
 * (else sign-in or 403), the published question (else null, for the page to render the not-found page itself:
 * see app/questions/[id]/page.tsx), and whether the rule lets them. A refusal of this
 * person is a 403; a question that has moved on (already released, answered) comes back as `unavailable`, for the
 * page to explain.
 */
export async function loadHandOver(
  id: string,
  action: "release" | "transfer" | "reassign",
  rule: (question: TriageQuestion, actor: Actor) => PolicyDecision,
): Promise<{ actor: Actor; question: TriageQuestion; unavailable: string | null } | null> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/partner/questions/${id}/${action}`)}`);
  if (!worksOnQuestions(actor)) forbidden();
  const question = await getTriageQuestion(id, actor);
  if (!question) return null;
  const decision = rule(question, actor);
  if (!decision.allowed && decision.kind !== "conflict") forbidden();
  return { actor, question, unavailable: decision.allowed ? null : decision.reason };
}

/**
 * A hand-over page's title, or "Page not found" when the question is not there for this person. It redirects and
 * refuses nothing itself (the page does): it reads the same question the page does, once in the request.
 */
export async function handOverMetadata(id: string, title: string): Promise<Metadata> {
  const actor = await getActor();
  if (!actor || !worksOnQuestions(actor)) return { title };
  return metadataIfFound(await getTriageQuestion(id, actor), { title });
}
