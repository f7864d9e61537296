import Link from "next/link";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import type { Speaker } from "@/lib/questions/speaker";
import { timelineSentence } from "@/lib/questions/status";
import { SpeakerName } from "./speaker-name";

export interface TimelineEntry {
  id: string;
  from: QuestionStatus | null;
  to: QuestionStatus;
  note: string | null;
  by: Speaker;
  at: Date;
  /** A merge into this question (its status did not move): the question merged into it, if still published. */
  mergedFrom?: { question: { id: string; title: string } | null } | null;
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
          <p className="font-bold">
            {entry.mergedFrom ? (
              entry.mergedFrom.question ? (
                <>
                  <Link prefetch={false} href={`/questions/${entry.mergedFrom.question.id}`}>
                    {entry.mergedFrom.question.title}
                  </Link>{" "}
                  was merged into this question
                </>
              ) : (
                "A question asking the same thing was merged into this question"
              )
            ) : (
              timelineSentence({
                from: entry.from,
                to: entry.to,
                actor: entry.by.name,
                // The first organisation they speak for: partners are listed before CSES (lib/questions/speaker.ts).
                organisation: entry.by.organisations[0] ?? null,
              })
            )}
          </p>
          <p className="text-base text-muted">
            <time dateTime={entry.at.toISOString()}>{formatDate(entry.at)}</time>
            {entry.from !== null ? (
              <>
                {" "}
                by <SpeakerName speaker={entry.by} />
              </>
            ) : null}
          </p>
          {entry.note ? <p className="mt-1 whitespace-pre-line">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
