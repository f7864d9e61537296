import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { statusLabel } from "@/lib/questions/status";

export interface TimelineEntry {
  id: string;
  from: QuestionStatus | null;
  to: QuestionStatus;
  note: string | null;
  by: string;
  at: Date;
}

function describe(entry: TimelineEntry): string {
  if (entry.from === null) return `Asked by ${entry.by}`;
  if (entry.from === "under_review" && entry.to === "open") return `Released back to the pool by ${entry.by}`;
  if (entry.to === "open") return `Reopened by ${entry.by}`;
  return `${statusLabel(entry.to)} (changed by ${entry.by})`;
}

export function StatusTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="border-l-4 border-line pl-6">
      {entries.map((entry) => (
        <li key={entry.id} className="relative mb-5">
          <span
            aria-hidden="true"
            className="absolute -left-[34px] top-2 h-4 w-4 rounded-full border-4 border-brand bg-paper"
          />
          <p className="font-bold">{describe(entry)}</p>
          <p className="text-base text-muted">
            <time dateTime={entry.at.toISOString()}>{formatDate(entry.at)}</time>
          </p>
          {entry.note ? <p className="mt-1 whitespace-pre-line">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
