import type { CommitmentState } from "@/lib/generated/prisma/enums";
import { commitmentStateLabel } from "@/lib/commitments/policy";

// The question statuses' colours (app/globals.css), each pair at least 4.5:1; the state is always written out.
const STYLES: Record<CommitmentState, string> = {
  planned: "bg-status-planned-wash text-status-planned border-status-planned",
  in_progress: "bg-status-in-progress-wash text-status-in-progress border-status-in-progress",
  delivered: "bg-status-delivered-wash text-status-delivered border-status-delivered",
  dropped: "bg-status-declined-wash text-status-declined border-status-declined",
};

export function CommitmentStateTag({ state }: { state: CommitmentState }) {
  return (
    <span className={`inline-block border px-2 py-0.5 text-base font-bold ${STYLES[state]}`}>
      <span className="sr-only">Commitment state: </span>
      {commitmentStateLabel(state)}
    </span>
  );
}
