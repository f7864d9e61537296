"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField } from "@/components/forms/radios-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { DECISION_REASON_LIMIT, queueItemRefValue, type Decision, type QueueItemRef } from "@/lib/moderation/schemas";
import { HouseRuleField } from "./house-rule-field";
import { decisionLabel } from "./labels";

/**
 * The decisions an item allows now, for its review page: which one, the house rule (to reject, hide or keep
 * hidden), the moderator's own words, and for a held question that repeats a published one, pointing the author
 * to it.
 */
export function ItemDecisionForm({
  action,
  item,
  moderation,
  decisions,
  similar,
  seen,
  returnTo,
}: {
  action: FormAction;
  item: QueueItemRef;
  moderation: ModerationState;
  decisions: Decision[];
  similar: { id: string; title: string } | null;
  /** When the last decision on it was made (null: none), so a decision made since refuses this one. */
  seen: Date | null;
  returnTo: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const offersRepeat = item.kind === "question" && similar !== null && decisions.includes("reject");
  return (
    <form key={state.submission} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} fieldOrder={["decision", "rule", "duplicateOfId", "reason"]} />
      <input type="hidden" name="item" value={queueItemRefValue(item)} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="seen" value={seen ? seen.toISOString() : ""} />
      <RadiosField
        name="decision"
        legend="Your decision"
        options={decisions.map((decision) => ({
          value: decision,
          label: decisionLabel(decision, item.kind, moderation),
        }))}
        defaultValue={state.values.decision}
        error={state.errors.decision}
      />
      <HouseRuleField
        hint={`Needed to ${decisions.includes("reject") ? "reject" : "hide"}${decisions.includes("keep") ? " or to keep it as it is" : ""}. ${item.kind === "name" ? "The person sees it on their profile page." : "The author sees it."}`}
        defaultValue={state.values.rule}
        error={state.errors.rule}
      />
      {offersRepeat ? (
        <div className="mb-6">
          {state.errors.duplicateOfId ? (
            <p id="duplicateOfId-error" className="mb-2 font-bold text-danger">
              <span className="sr-only">Error:</span> {state.errors.duplicateOfId}
            </p>
          ) : null}
          <div className="flex items-start gap-3">
            <input
              id="duplicateOfId"
              type="checkbox"
              name="duplicateOfId"
              value={similar.id}
              defaultChecked={state.values.duplicateOfId === similar.id}
              aria-describedby="duplicateOfId-hint"
              className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
            />
            <div>
              <label htmlFor="duplicateOfId">It repeats “{similar.title}”</label>
              <p id="duplicateOfId-hint" className="text-base text-muted">
                When you reject it, the author is pointed to that question, where they can support it instead.
              </p>
            </div>
          </div>
        </div>
      ) : null}
      <TextAreaField
        name="reason"
        label="Your words (optional)"
        hint={item.kind === "name" ? "The person sees these on their profile page." : "The author sees these."}
        defaultValue={state.values.reason}
        error={state.errors.reason}
        characterLimit={DECISION_REASON_LIMIT}
        rows={3}
      />
      <SubmitButton>Save decision</SubmitButton>
    </form>
  );
}
