"use client";

import Link from "next/link";
import { AuthorLink } from "@/components/moderation/author-link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormStatus } from "react-dom";
import { TextAreaField } from "@/components/forms/text-area-field";
import { formatDateTime } from "@/lib/format";
import { initialFormState, type FormAction } from "@/lib/form-state";
import type { QueueItem } from "@/lib/moderation/queue-queries";
import { DECISION_REASON_LIMIT, queueItemRefValue } from "@/lib/moderation/schemas";
import { HouseRuleField } from "./house-rule-field";
import { AppealDetails, OpenReports, ScreeningRulesFired } from "./item-details";
import { itemHeading, reviewHref } from "./hrefs";
import { WAITING_REASONS } from "./labels";

function QueueEntry({ item, queuePath, checked }: { item: QueueItem; queuePath: string; checked: boolean }) {
  const value = queueItemRefValue(item.ref);
  const heading = itemHeading(item);
  const checkboxId = `select-${item.ref.kind}-${item.ref.id}`;
  return (
    <li className="border-b border-line py-5">
      <div className="flex items-start gap-4">
        <div className="pt-1">
          <input
            id={checkboxId}
            type="checkbox"
            name="items"
            value={value}
            defaultChecked={checked}
            className="h-8 w-8 accent-ink"
          />
          <label htmlFor={checkboxId} className="sr-only">
            Select {heading}
          </label>
        </div>
        <div className="min-w-0 flex-1">
          <h2 className="mb-1 text-xl">
            <Link href={reviewHref(item, queuePath)}>{heading}</Link>
          </h2>
          <p className="mb-2 text-base text-muted">
            {[
              item.reasons.held ? WAITING_REASONS.held : null,
              item.reasons.reported ? WAITING_REASONS.reported : null,
              item.reasons.appealed ? WAITING_REASONS.appealed : null,
            ]
              .filter(Boolean)
              .join(" · ")}{" "}
            · waiting since {formatDateTime(item.queuedAt)} · by <AuthorLink author={item.author} />
          </p>
          {item.excerpt ? <p className="mb-3 whitespace-pre-line break-words">{item.excerpt}</p> : null}
          {item.ref.kind === "name" ? (
            <p className="mb-3">
              Asks to change their public name from “{item.currentName}” to “{item.requestedName}”.
            </p>
          ) : null}
          <ScreeningRulesFired rules={item.screeningRules} />
          <OpenReports reports={item.reports} />
          {item.appeal ? <AppealDetails appeal={item.appeal} /> : null}
          {item.similar ? (
            <p className="mb-3">
              This looks like the published question{" "}
              <Link href={`/questions/${item.similar.id}`}>“{item.similar.title}”</Link>. You can reject it as a repeat
              on its review page.
            </p>
          ) : null}
          <p>
            <Link href={reviewHref(item, queuePath)}>
              Review it<span className="sr-only">: {heading}</span>
            </Link>
          </p>
        </div>
      </div>
    </li>
  );
}

/** One of the form's two submit buttons: the button pressed is the decision (sent as its name and value). */
function DecisionButton({ decision, children }: { decision: "approve" | "reject"; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  const colours = decision === "approve" ? "bg-success hover:bg-success-dark" : "bg-danger hover:bg-danger-dark";
  return (
    <button
      type="submit"
      name="decision"
      value={decision}
      // Not `disabled`, as SubmitButton explains: focus stays on the button while the answer is awaited.
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`min-h-11 px-5 py-2 text-[1.1875rem] font-bold text-white ${colours}`}
    >
      {children}
    </button>
  );
}

/**
 * A page of the queue as one form: a checkbox on each item, and approve or reject for the ticked ones (a
 * rejection citing one house rule for all). The page's address comes back with the form, so the moderator
 * returns to the same filtered page.
 */
export function QueueSelectionForm({
  action,
  items,
  queuePath,
}: {
  action: FormAction;
  items: QueueItem[];
  queuePath: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const ticked = new Set((state.values.items ?? "").split(",").filter(Boolean));
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["items", "rule", "reason", "decision"]} />
      <input type="hidden" name="returnTo" value={queuePath} />
      {state.errors.items ? (
        <p id="items-error" className="mb-2 font-bold text-danger">
          <span className="sr-only">Error:</span> {state.errors.items}
        </p>
      ) : null}
      <ul id="items" tabIndex={-1} className="mb-8 border-t border-line" aria-label="Items waiting, oldest first">
        {items.map((item) => (
          <QueueEntry
            key={queueItemRefValue(item.ref)}
            item={item}
            queuePath={queuePath}
            checked={ticked.has(queueItemRefValue(item.ref))}
          />
        ))}
      </ul>
      <fieldset className="mb-8 border-4 border-line p-5">
        <legend className="px-2 text-2xl font-bold">Decide the selected items</legend>
        <p className="mb-4">
          Each item is decided on its own. Any you may not decide (your own posts, appeals against your decisions, or
          items someone else has just decided) are skipped, and we tell you which.
        </p>
        <HouseRuleField
          hint="Needed to reject. The authors see it."
          defaultValue={state.values.rule}
          error={state.errors.rule}
        />
        <TextAreaField
          name="reason"
          label="Your words (optional)"
          hint="The authors see these too."
          defaultValue={state.values.reason}
          error={state.errors.reason}
          characterLimit={DECISION_REASON_LIMIT}
          rows={3}
        />
        {state.errors.decision ? (
          <p id="decision" className="mb-2 font-bold text-danger">
            <span className="sr-only">Error:</span> {state.errors.decision}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <DecisionButton decision="approve">Approve selected</DecisionButton>
          <DecisionButton decision="reject">Reject selected</DecisionButton>
        </div>
      </fieldset>
    </form>
  );
}
