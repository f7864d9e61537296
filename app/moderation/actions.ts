"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { withDecisionOutcome } from "@/lib/moderation/queue-filters";
import { itemDecisionSchema, selectionDecisionSchema } from "@/lib/moderation/schemas";
import { decideItem, decideSelection } from "@/lib/moderation/service";

/** One decision from an item's review page; back to the queue the moderator came from, filters kept. */
export const decideItemAction = defineFormAction({
  schema: itemDecisionSchema,
  hiddenFields: {
    item: "This item is no longer waiting. Reload the page.",
    seen: "This item has changed. Reload the page.",
  },
  async run(actor, { returnTo, ...input }) {
    await decideItem(actor, input);
    return { redirectTo: withDecisionOutcome(returnTo, { decision: input.decision, done: 1, skipped: [] }) };
  },
});

/** Approve or reject the items ticked on a queue page; back to the same filtered page, saying what was skipped. */
export const decideSelectionAction = defineFormAction({
  schema: selectionDecisionSchema,
  async run(actor, { returnTo, ...input }) {
    const outcome = await decideSelection(actor, input);
    return {
      redirectTo: withDecisionOutcome(returnTo, {
        decision: input.decision,
        done: outcome.done.length,
        skipped: outcome.skipped.map(({ item, code }) => ({ ...item, code })),
      }),
    };
  },
});
