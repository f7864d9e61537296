import type { HandOver } from "@/lib/assignments/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { describeDue } from "@/lib/triage/inbox-wording";

/**
 * Who holds a question, since when, and when it is due, in working days as the inbox says it (the response target
 * is in working days): the head of the triage page's assignment section.
 */
export function AssignmentHolder({
  assignment,
  today,
  bankHolidays,
}: {
  assignment: {
    organisation: string;
    dueOn: Date;
    claimedBy: { name: string } | null;
    claimedAt: Date | null;
  } | null;
  /** Today in the UK, yyyy-mm-dd. */
  today: string;
  bankHolidays: ReadonlySet<string>;
}) {
  if (!assignment)
    return (
      <p className="mb-6">Nobody holds this question yet: it is waiting in the pool for an organisation to claim it.</p>
    );
  const due = describeDue(assignment.dueOn, today, bankHolidays);
  return (
    <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
      <dt className="font-bold">Organisation</dt>
      <dd>{assignment.organisation}</dd>
      <dt className="font-bold">Held by</dt>
      <dd>{assignment.claimedBy ? assignment.claimedBy.name : "Nobody in the organisation has claimed it yet"}</dd>
      {assignment.claimedAt ? (
        <>
          <dt className="font-bold">Since</dt>
          <dd>
            <time dateTime={assignment.claimedAt.toISOString()}>{formatDateTime(assignment.claimedAt)}</time>
          </dd>
        </>
      ) : null}
      <dt className="font-bold">Due</dt>
      <dd>
        <time dateTime={assignment.dueOn.toISOString().slice(0, 10)}>{formatDate(assignment.dueOn)}</time>{" "}
        <strong className={due.overdue ? "text-danger" : undefined}>({due.text.toLowerCase()})</strong>
      </dd>
    </dl>
  );
}

/** What one hand-over did, in a sentence. */
function describe(event: HandOver): string {
  switch (event.kind) {
    case "claimed":
      return `Claimed for ${event.toOrganisation} by ${event.member ?? event.actor}`;
    case "released":
      return `Released by ${event.fromOrganisation} back to the pool`;
    case "transferred":
      return `Transferred from ${event.fromOrganisation} to ${event.toOrganisation}`;
    case "reassigned":
      return `Reassigned within ${event.toOrganisation} to ${event.member}`;
  }
}

/** The hand-over history of a question, newest first, with the reasons and notes partners left. */
export function AssignmentHistory({ history, truncated }: { history: HandOver[]; truncated: boolean }) {
  return (
    <>
      <h3 className="mb-3 text-xl">Hand-over history</h3>
      {history.length === 0 ? (
        <p className="mb-6">No organisation has claimed, released or transferred this question yet.</p>
      ) : (
        <ol className="mb-6 space-y-4" aria-label="Hand-overs, newest first">
          {history.map((event) => (
            <li key={event.id} className="border-l-4 border-line pl-4">
              <p className="font-bold">{describe(event)}</p>
              <p className="text-muted">
                {event.kind === "claimed" ? "" : `By ${event.actor}, `}
                <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
              </p>
              {event.note ? (
                <p className="mt-1 whitespace-pre-line break-words">
                  <span className="font-bold">{event.kind === "released" ? "Reason: " : "Note: "}</span>
                  {event.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {truncated ? <p className="mb-6">Only the most recent hand-overs are shown.</p> : null}
    </>
  );
}
