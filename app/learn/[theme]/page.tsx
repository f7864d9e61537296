import type { Metadata } from "next";
import Link from "next/link";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { LearnMarkdown } from "@/components/learn/learn-markdown";
import { LiveQuestionList, type SupportViewer } from "@/components/learn/live-question-list";
import { OfficialResponse } from "@/components/questions/official-response";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { listCommitments } from "@/lib/commitments/queries";
import { ukToday } from "@/lib/commitments/today";
import { plural } from "@/lib/format";
import { readGlossary, readThemeGuide } from "@/lib/learn/content";
import { listLiveQuestionsOfTheme } from "@/lib/questions/queries";
import { listRecentAnswersOfTheme } from "@/lib/responses/queries";
import { getThemeBySlug } from "@/lib/themes/queries";
import { setSupportAction } from "@/app/questions/actions";

type Props = { params: Promise<{ theme: string }> };

/** How many of each list the guide shows; each list links to the whole of it. */
const SHOWN = { questions: 5, answers: 3, commitments: 5 } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = readThemeGuide((await params).theme);
  return guide ? { title: `${guide.title}: learn` } : PAGE_NOT_FOUND_METADATA;
}

/**
 * A theme's guide (content/learn/themes/<slug>.md) and, under it, what is happening in that theme now: the
 * questions waiting for an answer (with support buttons), the partners' latest answers and their commitments.
 */
export default async function ThemeGuidePage({ params }: Props) {
  const slug = (await params).theme;
  const guide = readThemeGuide(slug);
  const theme = guide ? await getThemeBySlug(slug) : null;
  // A guide with no theme of that slug (or the reverse) has nothing live to show: not a page (see the
  // question page for why this renders the not-found page rather than calling notFound()).
  if (!guide || !theme) return <PageNotFound />;
  const actor = await getActor();
  const [live, answers, commitments] = await Promise.all([
    listLiveQuestionsOfTheme(slug, actor, SHOWN.questions),
    listRecentAnswersOfTheme(slug, SHOWN.answers),
    listCommitments({ theme: slug }),
  ]);
  const viewer: SupportViewer = !actor
    ? "visitor"
    : offersForm(actor, "question.support")
      ? "participant"
      : "unverified";
  const retired = theme.archivedAt !== null;
  const askHref = retired ? "/questions/ask" : `/questions/ask?${new URLSearchParams({ theme: slug })}`;
  const questionsHref = `/questions?${new URLSearchParams({ theme: slug })}`;

  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-base">
        <Link prefetch={false} href="/learn">
          Learn
        </Link>
      </nav>
      <h1 className="mb-4 text-4xl">{guide.title}</h1>
      <p className="mb-6 text-xl">{guide.summary}</p>
      <nav
        aria-label="Take part"
        className="mb-8 flex flex-wrap items-center gap-4 border-l-4 border-brand bg-wash p-4"
      >
        <Link
          prefetch={false}
          href={askHref}
          className="inline-block min-h-11 bg-success px-5 py-2 font-bold text-white no-underline hover:bg-success-dark hover:text-white"
        >
          Ask about this
        </Link>
        <Link prefetch={false} href="#live-questions" className="inline-block py-2 font-bold">
          Support these questions
        </Link>
      </nav>

      <LearnMarkdown body={guide.body} glossary={readGlossary().entries} />

      <section aria-labelledby="live-questions" className="mt-12">
        <h2 id="live-questions" tabIndex={-1} className="mb-2 scroll-mt-4 text-2xl focus:outline-none">
          What people are asking about {theme.name.toLowerCase()} now
        </h2>
        {live.items.length ? (
          <>
            <p className="mb-2">
              These questions are waiting for a partner to answer them. Support the ones that matter to you: the
              partners see which questions have most support.
            </p>
            <LiveQuestionList questions={live.items} viewer={viewer} setSupport={setSupportAction} />
            <p className="mt-4">
              <Link prefetch={false} href={`${questionsHref}&sort=waiting`}>
                See all {plural(live.total, "question")} about {theme.name.toLowerCase()} waiting for an answer
              </Link>
            </p>
          </>
        ) : (
          <p>
            No questions about {theme.name.toLowerCase()} are waiting for an answer right now.{" "}
            {retired ? null : (
              <Link prefetch={false} href={askHref}>
                Be the first to ask one
              </Link>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="answers-heading" className="mt-12">
        <h2 id="answers-heading" className="mb-4 text-2xl">
          What the partners have answered
        </h2>
        {answers.length ? (
          <>
            <ul>
              {answers.map((answer) => (
                <li key={answer.id} className="mb-8">
                  <h3 className="mb-3 text-xl break-words">
                    <Link prefetch={false} href={`/questions/${answer.question.id}`}>
                      {answer.question.title}
                    </Link>
                  </h3>
                  <OfficialResponse response={answer} headingLevel={4} />
                </li>
              ))}
            </ul>
            <p>
              <Link prefetch={false} href={questionsHref}>
                See every question about {theme.name.toLowerCase()}
              </Link>
            </p>
          </>
        ) : (
          <p>The partners have not answered a question about {theme.name.toLowerCase()} yet.</p>
        )}
      </section>

      <section aria-labelledby="commitments-heading" className="mt-12">
        <h2 id="commitments-heading" className="mb-2 text-2xl">
          What the partners have promised
        </h2>
        {commitments.items.length ? (
          <>
            <p className="mb-2">
              Commitments the partners made in answer to questions about {theme.name.toLowerCase()}, soonest target date
              first.
            </p>
            <CommitmentList
              items={commitments.items.slice(0, SHOWN.commitments)}
              today={ukToday()}
              hrefOf={(id) => `/commitments/${id}`}
            />
            <p className="mt-4">
              <Link prefetch={false} href={`/commitments?${new URLSearchParams({ theme: slug })}`}>
                See all commitments about {theme.name.toLowerCase()}
              </Link>
            </p>
          </>
        ) : (
          <p>No commitments about {theme.name.toLowerCase()} yet.</p>
        )}
      </section>

      <p className="mt-12">
        <Link prefetch={false} href="/learn">
          Back to all the guides
        </Link>
      </p>
    </div>
  );
}
