import Link from "next/link";
import { formatDate } from "@/lib/format";
import { Markdown } from "@/components/markdown";
import type { Speaker } from "@/lib/questions/speaker";
import { SpeakerName } from "./speaker-name";

export interface OfficialResponseProps {
  id: string;
  organisation: string;
  /** Where its scorecard is (/partners/<slug>); no link without it (a draft's preview). */
  organisationSlug?: string;
  author: Speaker;
  body: string;
  createdAt: Date;
  /** When its text last changed after publishing: the page says "Edited" with the date (earlier texts are kept). */
  lastEditedAt: Date | null;
}

export function OfficialResponse({
  response,
  headingLevel = 3,
}: {
  response: OfficialResponseProps;
  /** 4 where it sits under its question's own heading (a learn page's list of answers). */
  headingLevel?: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="mb-6 border-l-8 border-success bg-wash p-5" aria-labelledby={`response-${response.id}`}>
      <Heading id={`response-${response.id}`} className="mb-1 text-xl font-bold">
        Official response from {response.organisation}
      </Heading>
      <p className="mb-4 text-base text-muted">
        By <SpeakerName speaker={response.author} /> on{" "}
        <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time>
        {response.lastEditedAt ? (
          <>
            . Edited <time dateTime={response.lastEditedAt.toISOString()}>{formatDate(response.lastEditedAt)}</time>
          </>
        ) : null}
      </p>
      <Markdown>{response.body}</Markdown>
      {response.organisationSlug ? (
        <p className="mt-4 mb-0 text-base">
          <Link href={`/partners/${response.organisationSlug}`}>
            How {response.organisation} answers and delivers: its scorecard
          </Link>
        </p>
      ) : null}
    </article>
  );
}
