import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { COMMITTABLE_STATUSES } from "@/lib/commitments/policy";
import type { TriageQuestion } from "@/lib/triage/queries";

/**
 * The triage page's way into "you said, we did": once the question is answered, a commitment promises what will
 * be done about it (its organisation's members and admins; the new commitment page checks which organisation).
 */
export function CommitmentsSection({ question, actor }: { question: TriageQuestion; actor: Actor }) {
  if (!can(actor, "commitment.manage")) return null;
  const committable = COMMITTABLE_STATUSES.includes(question.status);
  return (
    <section aria-labelledby="commitment-heading" className="mb-10">
      <h2 id="commitment-heading" className="mb-4 text-2xl">
        Commitment
      </h2>
      {committable ? (
        <p>
          <Link href={`/partner/commitments/new?question=${question.id}`}>Make a commitment</Link>: promise in public
          what your organisation will do about this question (and others like it), by when.
        </p>
      ) : (
        <p>
          A commitment can be made once the question has an official response from your organisation. Commitments
          already made on it are listed on its public page.
        </p>
      )}
    </section>
  );
}
