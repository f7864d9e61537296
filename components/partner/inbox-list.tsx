import Link from "next/link";
import { StatusTag } from "@/components/questions/status-tag";
import { formatDate, plural } from "@/lib/format";
import type { InboxRow } from "@/lib/triage/inbox-queries";
import { describeDue, describeWaiting } from "@/lib/triage/inbox-wording";

/** Still waiting for a first answer: only then do "waiting" and "overdue" mean anything. */
function awaitingAnswer(row: InboxRow): boolean {
  return row.answeredAt === null && (row.status === "open" || row.status === "under_review");
}

function DueDate({ row, today, bankHolidays }: { row: InboxRow; today: string; bankHolidays: ReadonlySet<string> }) {
  // Once answered or closed, the due date no longer asks anything of anyone.
  if (!row.holder || !awaitingAnswer(row)) return null;
  const date = formatDate(row.holder.dueOn);
  const due = describeDue(row.holder.dueOn, today, bankHolidays);
  return (
    <span>
      Answer due {date}:{" "}
      <strong className={due.overdue ? "border-l-4 border-danger pl-2 text-danger" : undefined}>{due.text}</strong>
    </span>
  );
}

/** The questions of one inbox view: each a link to its triage page, with what a partner decides on at a glance. */
export function InboxList({
  rows,
  today,
  bankHolidays,
}: {
  rows: InboxRow[];
  today: string;
  bankHolidays: ReadonlySet<string>;
}) {
  return (
    <ul aria-label="Questions in this view">
      {rows.map((row) => (
        <li key={row.id} className="border-b border-line py-5">
          <h3 className="mb-2 text-xl">
            <Link href={`/partner/questions/${row.id}`}>{row.title}</Link>
          </h3>
          <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
            <StatusTag state={row.status} />
            <strong>{plural(row.supportCount, "supporter")}</strong>
            <span>{describeWaiting(row.publishedAt, today, awaitingAnswer(row))}</span>
          </div>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-base">
            <span>
              {row.holder
                ? `Held by ${row.holder.organisation}${row.holder.member ? ` (${row.holder.member})` : ", not yet taken by a member"}`
                : "In the pool"}
            </span>
            <DueDate row={row} today={today} bankHolidays={bankHolidays} />
          </div>
        </li>
      ))}
    </ul>
  );
}
