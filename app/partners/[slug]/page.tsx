import type { Metadata } from "next";
import Link from "next/link";
import { BarChart, ChartFigure } from "@/components/charts";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { FollowFeed } from "@/components/open-data/follow-feed";
import { FigureList } from "@/components/scorecard/figure-list";
import { HowWorkedOut } from "@/components/scorecard/how-worked-out";
import { PeriodChoice, PeriodErrors } from "@/components/scorecard/period-heading";
import { feedAlternates } from "@/lib/open-data/feeds/alternates";
import {
  FEED_FORMAT_NAMES,
  PARTNER_FEEDS,
  partnerFeedPath,
  type FeedFormat,
  type PartnerFeed,
} from "@/lib/open-data/feeds/formats";
import { siteAddress } from "@/lib/open-data/licence";
import { parsePeriod, periodSearchParams } from "@/lib/priorities/schemas";
import { TOO_FEW_TEXT } from "@/lib/scorecard/figures";
import { findScorecardOrganisation, readPartnerScorecard } from "@/lib/scorecard/queries";
import { commitmentRows, questionRows } from "@/lib/scorecard/wording";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const organisation = await findScorecardOrganisation(slug);
  if (!organisation) return PAGE_NOT_FOUND_METADATA;
  return {
    title: `${organisation.name}: scorecard`,
    alternates: {
      types: feedAlternates(
        PARTNER_FEEDS.map((feed) => ({
          title: `${organisation.name}: ${PARTNER_FEED_TITLES[feed]}`,
          path: (format) => partnerFeedPath(organisation.slug, feed, format),
        })),
        siteAddress(),
      ),
    },
  };
}

const asPercent = (value: number) => `${value}%`;

const PARTNER_FEED_TITLES: Record<PartnerFeed, string> = { responses: "answers", commitments: "commitments" };

function partnerFeedPaths(slug: string, feed: PartnerFeed): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, partnerFeedPath(slug, feed, format)])) as Record<
    FeedFormat,
    string
  >;
}

/** One partner's public record over a period: its questions, how long its answers take, its commitments. */
export default async function PartnerScorecardPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const parsed = parsePeriod(await searchParams);
  const scorecard = await readPartnerScorecard(slug, parsed.period);
  // A page, not notFound(): see app/questions/[id]/page.tsx for why a thrown notFound() shows a blank page.
  if (!scorecard) return <PageNotFound />;
  const { organisation, questions, commitments, targetWorkingDays } = scorecard;
  const waiting = questions.waitingAfter.map((w) => ({
    label: `After ${w.workingDays} working days`,
    value: Math.round(100 * w.stillUnanswered),
  }));
  const allPartners = `/partners?${periodSearchParams(parsed.period).toString()}`;

  return (
    <div className="max-w-5xl">
      <PeriodErrors parsed={parsed} />
      <span className="mb-2 block text-xl text-muted">Partner scorecard</span>
      <h1 className="mb-6 text-4xl">{organisation.name}</h1>
      <p className="mb-4 max-w-3xl">{organisation.description}</p>
      <p className="mb-6 max-w-3xl">
        How {organisation.name} answers questions and keeps its promises, for the period you choose. Every figure says
        what it is out of. <a href="#how-worked-out">How these are worked out</a>.{" "}
        <Link href={allPartners}>All partners side by side</Link>.
      </p>
      <FollowFeed
        linkText="Follow its answers"
        what={`the answers ${organisation.name} gives`}
        paths={partnerFeedPaths(organisation.slug, "responses")}
      />
      <FollowFeed
        linkText="Follow its commitments"
        what={`what ${organisation.name} promises and delivers`}
        paths={partnerFeedPaths(organisation.slug, "commitments")}
      />
      <PeriodChoice parsed={parsed} action={`/partners/${organisation.slug}`} />

      <section aria-labelledby="questions-heading" className="mb-12">
        <h2 id="questions-heading" className="mb-4 text-3xl">
          Questions
        </h2>
        <FigureList rows={questionRows(questions, targetWorkingDays)} idPrefix="q" />
        <ChartFigure
          id="still-waiting"
          title="How many questions are still waiting for a first answer"
          summary={`Of the questions ${organisation.name} took on, an estimated ${waiting
            .map((w) => `${w.value}% were still waiting ${w.label.toLowerCase()}`)
            .join(", ")}, counting the questions still waiting today.`}
          chart={
            <BarChart
              labelledBy="still-waiting"
              valueLabel="Still waiting (estimated per cent)"
              data={waiting}
              formatValue={asPercent}
            />
          }
          table={{
            columns: [{ header: "Time since it was taken on" }, { header: "Still waiting (estimate)", numeric: true }],
            rows: waiting.map((w) => [w.label, asPercent(w.value ?? 0)]),
          }}
          empty={!questions.waitsShown}
          emptyMessage={`Not shown: ${TOO_FEW_TEXT} questions taken on in this period.`}
        />
      </section>

      <section aria-labelledby="commitments-heading" className="mb-12">
        <h2 id="commitments-heading" className="mb-4 text-3xl">
          Commitments
        </h2>
        <FigureList rows={commitmentRows(commitments)} idPrefix="c" />
      </section>

      <HowWorkedOut targetWorkingDays={targetWorkingDays} />
    </div>
  );
}
