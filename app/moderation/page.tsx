import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { DECISION_DONE } from "@/components/moderation/labels";
import { reviewHref } from "@/components/moderation/hrefs";
import { QueueSelectionForm } from "@/components/moderation/queue-selection-form";
import { getActor } from "@/lib/auth/actor";
import { isModerator } from "@/lib/auth/policy";
import { plural } from "@/lib/format";
import { SKIP_EXPLANATIONS, readDecisionOutcome, type DecisionOutcome } from "@/lib/moderation/queue-filters";
import { listModerationQueue, queueItemLabels } from "@/lib/moderation/queue-queries";
import {
  QUEUE_KIND_FILTERS,
  QUEUE_REASON_FILTERS,
  queueFilterSchema,
  queueHref,
  type QueueFilter,
  type QueueKindFilter,
  type QueueReasonFilter,
} from "@/lib/moderation/schemas";
import { decideSelectionAction } from "./actions";

export const metadata = { title: "Moderation queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KIND_LABELS: Record<QueueKindFilter, string> = {
  all: "Everything",
  questions: "Questions",
  comments: "Comments",
  names: "Public names",
};
const REASON_LABELS: Record<QueueReasonFilter, string> = {
  all: "Any reason",
  held: "Held by screening",
  reported: "Reported",
  appealed: "Appealed",
};

function FilterLinks<Value extends string>({
  label,
  values,
  labels,
  current,
  counts,
  hrefFor,
}: {
  label: string;
  values: readonly Value[];
  labels: Record<Value, string>;
  current: Value;
  counts: Record<Value, number>;
  hrefFor: (value: Value) => string;
}) {
  return (
    <nav aria-label={label} className="mb-4">
      <p className="mb-1 font-bold">{label}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {values.map((value) => (
          <li key={value}>
            <Link
              href={hrefFor(value)}
              aria-current={value === current ? "page" : undefined}
              className="[&[aria-current]]:font-bold [&[aria-current]]:no-underline"
            >
              {labels[value]} ({counts[value].toLocaleString("en-GB")})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

async function OutcomeBanner({ outcome, queuePath }: { outcome: DecisionOutcome; queuePath: string }) {
  const labels = await queueItemLabels(outcome.skipped);
  const message =
    DECISION_DONE[outcome.decision](plural(outcome.done, "item"), outcome.done) +
    (outcome.skipped.length ? ` Skipped ${plural(outcome.skipped.length, "item")}.` : "");
  return (
    <>
      <FocusedSuccessBanner message={message} />
      {outcome.skipped.length ? (
        <div className="mb-8">
          <h2 className="mb-2 text-2xl">Skipped</h2>
          <ul className="list-disc pl-6">
            {outcome.skipped.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                <Link href={reviewHref({ ref: item }, queuePath)}>
                  {labels.get(`${item.kind}:${item.id}`) ?? "An item no longer in the portal"}
                </Link>
                : {SKIP_EXPLANATIONS[item.code]}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

export default async function ModerationQueuePage({ searchParams }: Props) {
  const actor = await getActor();
  const params = await searchParams;
  const filter: QueueFilter = queueFilterSchema.parse(params);
  const queuePath = queueHref(filter);
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(queuePath)}`);
  if (!isModerator(actor)) forbidden();
  const { items, next, counts } = await listModerationQueue(filter);
  const outcome = readDecisionOutcome(params);
  return (
    <div className="max-w-4xl">
      {outcome ? <OutcomeBanner outcome={outcome} queuePath={queuePath} /> : null}
      <h1 className="mb-4 text-4xl">Moderation queue</h1>
      <p className="mb-4">
        Questions, comments and public names waiting for a moderator, oldest first: held by screening, reported by
        readers, or appealed by their authors. Check each against the <Link href="/house-rules">house rules</Link>.
      </p>
      <p className="mb-6">
        <Link href="/moderation/age-band-requests">Age group change requests</Link> are decided on their own page.
      </p>
      <FilterLinks
        label="Show"
        values={QUEUE_KIND_FILTERS}
        labels={KIND_LABELS}
        current={filter.kind}
        counts={counts.kinds}
        hrefFor={(kind) => queueHref({ kind, reason: filter.reason })}
      />
      <FilterLinks
        label="Waiting because"
        values={QUEUE_REASON_FILTERS}
        labels={REASON_LABELS}
        current={filter.reason}
        counts={counts.reasons}
        hrefFor={(reason) => queueHref({ kind: filter.kind, reason })}
      />
      {items.length === 0 ? (
        <p className="mt-6">{filter.after ? "There are no more items." : "Nothing is waiting here. Well done."}</p>
      ) : (
        <QueueSelectionForm action={decideSelectionAction} items={items} queuePath={queuePath} />
      )}
      {next ? (
        <p>
          <Link href={queueHref({ ...filter, after: next })}>Next items</Link>
        </p>
      ) : null}
    </div>
  );
}
