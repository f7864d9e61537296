// An item's review page in full, the same for a question, a comment and a public name: what it is, why it
// waits, the last decision, and the decisions this moderator may make now (or why they may make none).
import Link from "next/link";
import { AuthorLink } from "@/components/moderation/author-link";
import { formatDateTime } from "@/lib/format";
import type { FormAction } from "@/lib/form-state";
import { houseRuleHref, houseRuleLabel } from "@/lib/moderation/house-rules";
import type { ItemReview } from "@/lib/moderation/queue-queries";
import { ItemDecisionForm } from "./item-decision-form";
import { AppealDetails, OpenReports, ScreeningRulesFired } from "./item-details";
import { MODERATION_STATES } from "./labels";

const HEADINGS = { question: "Review a question", comment: "Review a comment", name: "Review a public name" };

export function ItemReviewView({
  review,
  action,
  returnTo,
}: {
  review: ItemReview;
  action: FormAction;
  returnTo: string;
}) {
  const { ref } = review;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={returnTo}>Back to the moderation queue</Link>
      </p>
      <h1 className="mb-6 text-4xl">{HEADINGS[ref.kind]}</h1>

      {ref.kind === "name" ? (
        <p className="mb-6 text-xl">
          <Link href={`/moderation/people/${review.author?.id}`}>{review.currentName}</Link> asks to change their public
          name to “<strong>{review.requestedName}</strong>”.
        </p>
      ) : (
        <section aria-labelledby="item-heading" className="mb-6 border-l-8 border-line pl-5">
          {ref.kind === "question" ? (
            <>
              <h2 id="item-heading" className="mb-2 text-2xl">
                {review.title}
              </h2>
              <p className="whitespace-pre-line break-words">{review.body}</p>
            </>
          ) : (
            <>
              <h2 id="item-heading" className="mb-2 text-2xl">
                The comment
              </h2>
              <p className="mb-2 whitespace-pre-line break-words">{review.body || "(The author deleted it.)"}</p>
              <p className="text-base">
                On the question <Link href={`/questions/${review.questionId}`}>“{review.title}”</Link>
              </p>
            </>
          )}
        </section>
      )}

      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">State</dt>
        <dd>{ref.kind === "name" ? "Waiting for a moderator" : MODERATION_STATES[review.moderation]}</dd>
        {ref.kind !== "name" ? (
          <>
            <dt className="font-bold">Written by</dt>
            <dd>
              <AuthorLink author={review.author} /> on {formatDateTime(review.createdAt)}
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Waiting since</dt>
        <dd>{review.queuedAt ? formatDateTime(review.queuedAt) : "Not waiting"}</dd>
        {review.decidedAt ? (
          <>
            <dt className="font-bold">Last decision</dt>
            <dd>
              {review.decidedBy ? `By ${review.decidedBy}` : "Automatic (reports)"} on{" "}
              {formatDateTime(review.decidedAt)}
              {review.rule ? (
                <>
                  , citing <Link href={houseRuleHref(review.rule)}>{houseRuleLabel(review.rule)}</Link>
                </>
              ) : null}
              {review.words ? <>, with the words “{review.words}”</> : null}
              {review.duplicateOf ? (
                <>
                  , as a repeat of{" "}
                  <Link href={`/questions/${review.duplicateOf.id}`}>“{review.duplicateOf.title}”</Link>
                </>
              ) : null}
              .
            </dd>
          </>
        ) : null}
      </dl>

      <ScreeningRulesFired rules={review.screeningRules} />
      <OpenReports reports={review.reports} />
      {review.appeal ? <AppealDetails appeal={review.appeal} /> : null}
      {review.similar ? (
        <p className="mb-6">
          This looks like the published question{" "}
          <Link href={`/questions/${review.similar.id}`}>“{review.similar.title}”</Link>.
        </p>
      ) : null}

      <h2 className="mb-4 mt-8 text-2xl">Decide</h2>
      {review.refusal ? (
        <p className="mb-6 border-l-4 border-line pl-4">{review.refusal}</p>
      ) : review.decisions.length ? (
        <ItemDecisionForm
          action={action}
          item={ref}
          moderation={review.moderation}
          decisions={review.decisions}
          similar={review.similar}
          seen={review.decidedAt}
          returnTo={returnTo}
        />
      ) : (
        <p className="mb-6">There is nothing to decide on it now.</p>
      )}

      {ref.kind !== "name" ? (
        <p className="mt-8">
          <Link href={`/moderation/safeguarding/new?${ref.kind}=${ref.id}`}>Mark as a safeguarding concern</Link>
          <span className="block text-base text-muted">
            For example a child telling us they are at risk of harm: it is hidden at once and the administrators are
            alerted.
          </span>
        </p>
      ) : null}
    </div>
  );
}
