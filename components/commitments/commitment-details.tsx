import Link from "next/link";
import { StatusTag } from "@/components/questions/status-tag";
import { COMMITMENT_STATE_DESCRIPTIONS, overdueWords } from "@/lib/commitments/policy";
import type { CommitmentDetail } from "@/lib/commitments/queries";
import { isSafeLink } from "@/lib/commitments/schemas";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { CommitmentStateTag } from "./commitment-state-tag";
import { ProgressBar } from "./progress-bar";

/**
 * Everything public about a commitment: the promise, its state and progress, milestones, updates, the evidence of
 * delivery or the reason it was dropped, and the questions it answers. Shared by the public page and the
 * partner's page (which adds its forms around it). `children` goes after the evidence (the delivery check).
 */
export function CommitmentDetails({
  commitment,
  today,
  children,
}: {
  commitment: CommitmentDetail;
  today: Date;
  children?: React.ReactNode;
}) {
  const overdue = overdueWords(commitment, today);
  // Stored links were checked when written; checked again here so nothing but http(s) is ever a link.
  const links = commitment.evidenceLinks.filter(isSafeLink);
  return (
    <>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Made by</dt>
        <dd>{commitment.organisation}</dd>
        <dt className="font-bold">State</dt>
        <dd>
          <CommitmentStateTag state={commitment.state} />{" "}
          <span className="text-base">{COMMITMENT_STATE_DESCRIPTIONS[commitment.state]}</span>
        </dd>
        <dt className="font-bold">Target date</dt>
        <dd>
          {formatDate(commitment.targetDate)}
          {overdue ? <strong className="ml-3 text-danger">{overdue}</strong> : null}
        </dd>
        {commitment.deliveredAt ? (
          <>
            <dt className="font-bold">Delivered</dt>
            <dd>{formatDate(commitment.deliveredAt)}</dd>
          </>
        ) : null}
        {commitment.droppedAt ? (
          <>
            <dt className="font-bold">Dropped</dt>
            <dd>{formatDate(commitment.droppedAt)}</dd>
          </>
        ) : null}
      </dl>
      <div className="mb-8">
        <ProgressBar id="commitment-progress" value={commitment.progress} />
      </div>

      <section aria-labelledby="description-heading" className="mb-10 max-w-3xl">
        <h2 id="description-heading" className="mb-3 text-2xl">
          What was promised
        </h2>
        <p className="whitespace-pre-line">{commitment.description}</p>
      </section>

      {commitment.state === "dropped" && commitment.droppedReason ? (
        <section aria-labelledby="dropped-heading" className="mb-10 max-w-3xl border-l-4 border-status-declined pl-4">
          <h2 id="dropped-heading" className="mb-3 text-2xl">
            Why it was dropped
          </h2>
          <p className="whitespace-pre-line">{commitment.droppedReason}</p>
        </section>
      ) : null}

      {commitment.state === "delivered" ? (
        <section aria-labelledby="evidence-heading" className="mb-10 max-w-3xl border-l-4 border-status-delivered pl-4">
          <h2 id="evidence-heading" className="mb-3 text-2xl">
            Evidence of delivery
          </h2>
          {commitment.evidence ? <p className="mb-3 whitespace-pre-line">{commitment.evidence}</p> : null}
          {links.length ? (
            <ul className="list-disc pl-6">
              {links.map((link) => (
                <li key={link} className="mb-1 break-all">
                  <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                    {link}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {children}

      <section aria-labelledby="milestones-heading" className="mb-10 max-w-3xl">
        <h2 id="milestones-heading" className="mb-3 text-2xl">
          Milestones
        </h2>
        {commitment.milestones.length ? (
          <ol className="list-decimal pl-6">
            {commitment.milestones.map((m) => (
              <li key={m.id} className="mb-2">
                <strong>{m.title}</strong>: planned for {formatDate(m.plannedDate)}.{" "}
                {m.completedDate ? `Completed on ${formatDate(m.completedDate)}.` : "Not completed yet."}
              </li>
            ))}
          </ol>
        ) : (
          <p>No milestones have been set.</p>
        )}
      </section>

      <section aria-labelledby="updates-heading" className="mb-10 max-w-3xl">
        <h2 id="updates-heading" className="mb-3 text-2xl">
          Updates
        </h2>
        {commitment.updates.length ? (
          <ol>
            {commitment.updates.map((u) => (
              <li key={u.id} className="mb-4 border-l-4 border-line pl-4">
                <p className="mb-1 text-base">
                  {u.author}, {commitment.organisation},{" "}
                  <time dateTime={u.createdAt.toISOString()}>{formatDateTime(u.createdAt)}</time>
                </p>
                <p className="whitespace-pre-line">{u.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p>No updates yet.</p>
        )}
      </section>

      <section aria-labelledby="questions-heading" className="mb-10 max-w-3xl">
        <h2 id="questions-heading" className="mb-3 text-2xl">
          The questions it answers
        </h2>
        <ul>
          {commitment.questions.map((q) => (
            <li key={q.id} className="mb-3">
              <Link href={`/questions/${q.id}`}>{q.title}</Link>{" "}
              <span className="ml-2 inline-flex flex-wrap items-center gap-3 text-base">
                <StatusTag state={q.status} /> {plural(q.supportCount, "supporter")}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
