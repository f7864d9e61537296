import Link from "next/link";
import { formatDate, plural } from "@/lib/format";
import { overdueWords } from "@/lib/commitments/policy";
import type { CommitmentListItem } from "@/lib/commitments/queries";
import { CommitmentStateTag } from "./commitment-state-tag";

/** A list of commitments: title (to its page), who, state, target date, overdue in words, progress. */
export function CommitmentList({
  items,
  today,
  hrefOf,
}: {
  items: CommitmentListItem[];
  /** Today in the UK, as a calendar day. */
  today: Date;
  hrefOf: (id: string) => string;
}) {
  return (
    <ul>
      {items.map((c) => {
        const overdue = overdueWords(c, today);
        return (
          <li key={c.id} className="border-b border-line py-5">
            <h3 className="mb-2 text-xl">
              <Link href={hrefOf(c.id)}>{c.title}</Link>
            </h3>
            <p className="mb-2 text-base">{c.organisation}</p>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
              <CommitmentStateTag state={c.state} />
              <span>Target date: {formatDate(c.targetDate)}</span>
              {overdue ? <strong className="text-danger">{overdue}</strong> : null}
              <span>{c.progress}% done</span>
              <span>{plural(c.questionCount, "question")}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
