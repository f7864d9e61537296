import Link from "next/link";
import type { CommitmentState } from "@/lib/generated/prisma/enums";
import { overdueWords } from "@/lib/commitments/policy";
import { formatDate } from "@/lib/format";
import { CommitmentStateTag } from "./commitment-state-tag";

/** A question page's "You said, we did" section: what partners promised on it, and where each promise stands. */
export function QuestionCommitments({
  commitments,
  today,
}: {
  commitments: {
    id: string;
    title: string;
    organisation: string;
    state: CommitmentState;
    targetDate: Date;
    progress: number;
  }[];
  today: Date;
}) {
  if (!commitments.length) return null;
  return (
    <section aria-labelledby="commitments-heading" className="mb-10">
      <h2 id="commitments-heading" className="mb-2 text-2xl">
        You said, we did
      </h2>
      <p className="mb-4 text-base">What partner organisations have promised to do about this question.</p>
      <ul>
        {commitments.map((c) => {
          const overdue = overdueWords(c, today);
          return (
            <li key={c.id} className="mb-4 border-l-4 border-brand pl-4">
              <p className="mb-1 text-xl">
                <Link href={`/commitments/${c.id}`}>{c.title}</Link>
              </p>
              <p className="mb-1 text-base">{c.organisation}</p>
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-base">
                <CommitmentStateTag state={c.state} />
                <span>Target date: {formatDate(c.targetDate)}</span>
                {overdue ? <strong className="text-danger">{overdue}</strong> : null}
                <span>{c.progress}% done</span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
