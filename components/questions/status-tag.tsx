import { shownStateLabel, type ShownState } from "@/lib/questions/status";

// Colour only helps: the state is always written out. Each pair has at least 4.5:1 contrast (tokens in app/globals.css).
const STYLES: Record<ShownState, string> = {
  pending: "bg-paper text-ink border-ink border-dashed",
  rejected: "bg-status-declined-wash text-status-declined border-status-declined",
  hidden: "bg-status-declined-wash text-status-declined border-status-declined",
  open: "bg-status-open-wash text-status-open border-status-open",
  under_review: "bg-status-under-review-wash text-status-under-review border-status-under-review",
  answered: "bg-status-answered-wash text-status-answered border-status-answered",
  planned: "bg-status-planned-wash text-status-planned border-status-planned",
  in_progress: "bg-status-in-progress-wash text-status-in-progress border-status-in-progress",
  delivered: "bg-status-delivered-wash text-status-delivered border-status-delivered",
  declined: "bg-status-declined-wash text-status-declined border-status-declined",
  merged: "bg-status-merged-wash text-status-merged border-status-merged",
};

/** The one state of a question (shownState): held, turned down or removed questions show only that. */
export function StatusTag({ state }: { state: ShownState }) {
  return (
    <span className={`inline-block border px-2 py-0.5 text-base font-bold ${STYLES[state]}`}>
      <span className="sr-only">Status: </span>
      {shownStateLabel(state)}
    </span>
  );
}
