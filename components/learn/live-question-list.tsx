import Link from "next/link";
import { StatusTag } from "@/components/questions/status-tag";
import { SupportButton } from "@/components/questions/support-button";
import { ThemeList } from "@/components/questions/theme-list";
import type { LiveQuestion } from "@/lib/questions/queries";
import type { SupportResult } from "@/lib/questions/schemas";
import { plural } from "@/lib/format";

/** Who is looking, as the support button needs to know: "participant" may support. */
export type SupportViewer = "visitor" | "unverified" | "participant";

/** A theme's live questions, each with its support button, so supporting is one press from the learn page. */
export function LiveQuestionList({
  questions,
  viewer,
  setSupport,
}: {
  questions: LiveQuestion[];
  viewer: SupportViewer;
  setSupport: (questionId: string, supported: boolean) => Promise<SupportResult>;
}) {
  return (
    <ul>
      {questions.map((q) => (
        <li key={q.id} className="grid gap-4 border-b border-line py-5 sm:grid-cols-[1fr_auto]">
          <div>
            <h3 className="mb-2 text-xl break-words">
              <Link href={`/questions/${q.id}`}>{q.title}</Link>
            </h3>
            <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
              <StatusTag state={q.status} />
              <span>{plural(q.commentCount, "comment")}</span>
            </div>
            <ThemeList themes={q.themes} district={q.district} />
          </div>
          <div className="sm:w-64">
            <SupportButton
              questionId={q.id}
              title={q.title}
              initialCount={q.supportCount}
              initialSupported={q.viewer.supports}
              viewer={q.viewer.isAuthor ? "author" : viewer}
              setSupport={setSupport}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
