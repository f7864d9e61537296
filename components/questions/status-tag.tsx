import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/questions/status";

// Colour only helps: the status is always written out. Each pair has at least 4.5:1 contrast.
const STYLES: Record<QuestionStatus, string> = {
  open: "bg-[#e8f1f8] text-[#0c2d4a] border-[#0c2d4a]",
  under_review: "bg-[#fff7bf] text-[#594d00] border-[#594d00]",
  answered: "bg-[#e6f3ec] text-[#005a30] border-[#005a30]",
  planned: "bg-[#eeeffa] text-[#2e3381] border-[#2e3381]",
  in_progress: "bg-[#fcf0e8] text-[#6e3619] border-[#6e3619]",
  delivered: "bg-[#d7f0e1] text-[#004221] border-[#004221]",
  declined: "bg-[#f4dfdf] text-[#7a0c0c] border-[#7a0c0c]",
  merged: "bg-[#eceeef] text-[#383f43] border-[#383f43]",
};

export function StatusTag({ status }: { status: QuestionStatus }) {
  return (
    <span className={`inline-block border px-2 py-0.5 text-base font-bold ${STYLES[status]}`}>
      <span className="sr-only">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
