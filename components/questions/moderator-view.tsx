import Link from "next/link";
import type { FlagCategory, ModerationState } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format";

export interface ModeratorViewProps {
  moderation: ModerationState;
  reason: string | null;
  openFlags: { category: FlagCategory; count: number }[];
}

const STATES: Record<ModerationState, string> = {
  pending: "Waiting for a moderator",
  approved: "Published",
  rejected: "Rejected",
  hidden: "Hidden",
};

const CATEGORIES: Record<FlagCategory, string> = {
  spam: "Spam",
  offensive: "Offensive",
  personal_information: "Personal information",
  off_topic: "Off topic",
  other: "Other",
};

/** What a moderator checks on a question, and the way to its review page; rendered for moderators and admins only. */
export function ModeratorView({ view, questionId }: { view: ModeratorViewProps; questionId: string }) {
  return (
    <section aria-labelledby="moderation-heading" className="mb-10 border-l-8 border-brand bg-wash p-5">
      <h2 id="moderation-heading" className="mb-1 text-2xl">
        Moderation
      </h2>
      <p className="mb-4 text-base text-muted">Only moderators and CSES administrators can see this.</p>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-base text-muted">State</dt>
          <dd className="mt-1">{STATES[view.moderation]}</dd>
        </div>
        <div>
          <dt className="text-base text-muted">Reason given</dt>
          <dd className="mt-1">{view.reason ?? "None"}</dd>
        </div>
        <div>
          <dt className="text-base text-muted">Open flags</dt>
          <dd className="mt-1">
            {view.openFlags.length ? (
              <ul>
                {view.openFlags.map((flag) => (
                  <li key={flag.category}>
                    {CATEGORIES[flag.category]}: {plural(flag.count, "flag")}
                  </li>
                ))}
              </ul>
            ) : (
              "No open flags."
            )}
          </dd>
        </div>
      </dl>
      <p className="mt-4">
        <Link href={`/moderation/questions/${questionId}`}>Review it in the moderation queue</Link>
      </p>
    </section>
  );
}
