import Link from "next/link";
import { AssignmentClaimForm } from "@/components/partner/assignment-claim-form";
import { AssignmentHistory, AssignmentHolder } from "@/components/partner/assignment-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import type { Actor } from "@/lib/auth/actor";
import { getAssignmentPanel } from "@/lib/assignments/queries";
import { ASSIGNMENT_NOTICES, isAssignmentNotice } from "@/lib/assignments/schemas";
import type { TriageQuestion } from "@/lib/triage/queries";
import { claimQuestionAction } from "./actions";

/**
 * The assignment section of a question's triage page: who holds it, since when and until when, the actions this
 * person may take (claim here; release, transfer and reassign each on a page of their own), and the hand-over
 * history. `notice` is the `?assignment=` of the address after an action.
 */
export async function AssignmentSection({
  question,
  actor,
  notice,
}: {
  question: TriageQuestion;
  actor: Actor;
  notice?: string | string[];
}) {
  const panel = await getAssignmentPanel(question, actor);
  const base = `/partner/questions/${question.id}`;
  const links = [
    panel.canRelease ? { href: `${base}/release`, text: "Release it back to the pool" } : null,
    panel.canTransfer ? { href: `${base}/transfer`, text: "Transfer it to another organisation" } : null,
    panel.canReassign ? { href: `${base}/reassign`, text: "Reassign it to another member" } : null,
  ].filter((link) => link !== null);
  return (
    <section aria-labelledby="assignment-heading" className="mb-10">
      {isAssignmentNotice(notice) ? <FocusedSuccessBanner message={ASSIGNMENT_NOTICES[notice]} /> : null}
      <h2 id="assignment-heading" className="mb-4 text-2xl">
        Who holds it
      </h2>
      <AssignmentHolder assignment={question.assignment} today={panel.today} bankHolidays={panel.bankHolidays} />
      {panel.claimFor.length ? (
        <AssignmentClaimForm action={claimQuestionAction} questionId={question.id} organisations={panel.claimFor} />
      ) : null}
      {links.length ? (
        <ul className="mb-6 space-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <AssignmentHistory history={panel.history} truncated={panel.historyTruncated} />
    </section>
  );
}
