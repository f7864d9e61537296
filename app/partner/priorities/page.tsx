import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { BarChart, ChartFigure, LineChart, type BarDatum } from "@/components/charts";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ParticipationFigureSet } from "@/components/participation/participation-figures";
import { PeriodForm } from "@/components/priorities/period-form";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatClock, formatDateTime } from "@/lib/format";
import { describeRanking, describeTrend } from "@/lib/charts/summary";
import { BROAD_SUPPORT_IN_WORDS } from "@/lib/priorities/broad-support";
import type { PrioritiesDashboard } from "@/lib/priorities/dashboard";
import { readPrioritiesDashboard } from "@/lib/priorities/queries";
import { type Period, londonToday, parsePeriod, periodSearchParams } from "@/lib/priorities/schemas";
import { SNAPSHOT_INTERVAL_MINUTES } from "@/lib/priorities/snapshots";
import type { SuppressedBreakdown } from "@/lib/priorities/suppression";
import {
  type PrioritiesTable,
  type PrioritiesTableName,
  answeredShare,
  breakdownTable,
  broadSupportTable,
  oneDecimal,
  questionHref,
  questionsBySupportTable,
  questionsByTrendingTable,
  responsePerformanceTable,
  themesTable,
  weekLabel,
  weeklyTable,
} from "@/lib/priorities/tables";

export const metadata: Metadata = { title: "Priorities" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
function dayText(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** "3:05pm today", or "25 November 2026 at 11:55pm" for figures worked out before today (UK time). */
function asOfText(computedAt: Date, now = new Date()): string {
  if (londonToday(computedAt) !== londonToday(now)) return formatDateTime(computedAt);
  return `${formatClock(computedAt)} today`;
}

function exportHref(name: PrioritiesTableName, period: Period): string {
  const search = periodSearchParams(period);
  search.set("table", name);
  return `/partner/priorities/export?${search.toString()}`;
}

/** A people breakdown as bars: a small group reads "fewer than 5"; a cell hidden to protect one is left out. */
function breakdownBars(breakdown: SuppressedBreakdown): BarDatum[] {
  return breakdown.cells
    .filter((cell) => cell.suppressed !== "complementary")
    .map((cell) => ({ label: cell.label, value: cell.people }));
}

function Figure({
  id,
  table,
  summary,
  chart,
  period,
}: {
  id: string;
  table: PrioritiesTable;
  summary: string;
  chart: React.ReactNode;
  period: Period;
}) {
  return (
    <ChartFigure
      id={id}
      title={table.title}
      summary={summary}
      chart={chart}
      table={{ columns: table.columns, rows: table.rows }}
      downloadHref={exportHref(table.name, period)}
    />
  );
}

function Dashboard({ data }: { data: PrioritiesDashboard }) {
  const { period } = data;
  const bySupport = questionsBySupportTable(data.topBySupport);
  const byTrending = questionsByTrendingTable(data.topByTrending);
  const themes = themesTable(data.themes);
  const broad = broadSupportTable(data.broadSupport);
  const breakdowns = [
    {
      id: "by-district",
      table: breakdownTable("supporters-by-district", data.breakdowns.district),
      data: data.breakdowns.district,
    },
    {
      id: "by-age-group",
      table: breakdownTable("supporters-by-age-group", data.breakdowns.ageBand),
      data: data.breakdowns.ageBand,
    },
    {
      id: "by-i-am-a",
      table: breakdownTable("supporters-by-i-am-a", data.breakdowns.participantType),
      data: data.breakdowns.participantType,
    },
  ];
  const weekly = weeklyTable(data.weekly);
  const performance = responsePerformanceTable(data.organisations);
  const weeks = data.weekly.map((w) => new Date(`${w.weekStart}T12:00:00Z`));
  const series = [
    { name: "New questions", points: data.weekly.map((w, i) => ({ x: weeks[i]!, y: w.newQuestions })) },
    { name: "Supports", points: data.weekly.map((w, i) => ({ x: weeks[i]!, y: w.supports })) },
    { name: "Questions answered", points: data.weekly.map((w, i) => ({ x: weeks[i]!, y: w.answers })) },
  ];
  const themesBySupport = [...data.themes].sort((a, b) => b.supports - a.supports);
  const themesByUnanswered = [...data.themes].sort((a, b) => b.unansweredSupports - a.unansweredSupports);
  const themesByTrending = [...data.themes].sort((a, b) => b.trending - a.trending);
  const withShare = data.organisations.filter((o) => o.takenOn > 0);

  return (
    <>
      <section aria-labelledby="questions-heading" className="mb-12">
        <h2 id="questions-heading" className="mb-4 text-3xl">
          Questions
        </h2>
        <Figure
          id="questions-by-support"
          period={period}
          table={bySupport}
          summary={describeRanking(
            data.topBySupport.map((q) => ({ label: `“${q.title}”`, value: q.supports })),
            "supports in the period",
          )}
          chart={
            <BarChart
              labelledBy="questions-by-support"
              valueLabel="Supports received in the period"
              data={data.topBySupport.map((q) => ({ label: q.title, value: q.supports, href: questionHref(q.id) }))}
            />
          }
        />
        <p className="mb-4 max-w-3xl">
          Trending is not limited to the period: it is each question&apos;s support now, weighted by age — a support
          given today counts 1, one given a week ago ½, two weeks ago ¼.
        </p>
        <Figure
          id="questions-by-trending"
          period={period}
          table={byTrending}
          summary={describeRanking(
            data.topByTrending.map((q) => ({ label: `“${q.title}”`, value: oneDecimal(q.trending) })),
            "trending score",
          )}
          chart={
            <BarChart
              labelledBy="questions-by-trending"
              valueLabel="Trending score now"
              data={data.topByTrending.map((q) => ({
                label: q.title,
                value: oneDecimal(q.trending),
                href: questionHref(q.id),
              }))}
            />
          }
        />
      </section>

      <section aria-labelledby="themes-heading" className="mb-12">
        <h2 id="themes-heading" className="mb-4 text-3xl">
          Themes
        </h2>
        <p className="mb-4 max-w-3xl">
          A question in two themes counts in both. Unanswered means the question is open or under review: nobody has
          answered it yet.
        </p>
        <ChartFigure
          id="themes-by-support"
          title="Themes by support in the period"
          summary={describeRanking(
            themesBySupport.map((t) => ({ label: t.name, value: t.supports })),
            "supports",
          )}
          chart={
            <BarChart
              labelledBy="themes-by-support"
              valueLabel="Supports received in the period"
              data={themesBySupport.map((t) => ({ label: t.name, value: t.supports }))}
            />
          }
          table={{ columns: themes.columns, rows: themes.rows }}
          downloadHref={exportHref("themes", period)}
          empty={themesBySupport.every((t) => t.supports === 0)}
        />
        <ChartFigure
          id="themes-by-unanswered"
          title="Themes with the most unanswered support"
          summary={describeRanking(
            themesByUnanswered.map((t) => ({ label: t.name, value: t.unansweredSupports })),
            "support on unanswered questions",
          )}
          chart={
            <BarChart
              labelledBy="themes-by-unanswered"
              valueLabel="Supports in the period on questions not yet answered"
              data={themesByUnanswered.map((t) => ({ label: t.name, value: t.unansweredSupports }))}
            />
          }
          table={{
            columns: [themes.columns[0]!, themes.columns[2]!],
            rows: themesByUnanswered.map((t) => [t.name, t.unansweredSupports]),
          }}
          empty={themesByUnanswered.every((t) => t.unansweredSupports === 0)}
        />
        <ChartFigure
          id="themes-by-trending"
          title="Themes trending now"
          summary={describeRanking(
            themesByTrending.map((t) => ({ label: t.name, value: oneDecimal(t.trending) })),
            "trending score",
          )}
          chart={
            <BarChart
              labelledBy="themes-by-trending"
              valueLabel="Trending score now (all its questions)"
              data={themesByTrending.map((t) => ({ label: t.name, value: oneDecimal(t.trending) }))}
            />
          }
          table={{
            columns: [themes.columns[0]!, themes.columns[3]!],
            rows: themesByTrending.map((t) => [t.name, oneDecimal(t.trending)]),
          }}
          empty={themesByTrending.every((t) => t.trending === 0)}
        />
      </section>

      <section aria-labelledby="broad-heading" className="mb-12">
        <h2 id="broad-heading" className="mb-4 text-3xl">
          Broad support
        </h2>
        {BROAD_SUPPORT_IN_WORDS.map((sentence) => (
          <p key={sentence} className="mb-4 max-w-3xl">
            {sentence}
          </p>
        ))}
        <Figure
          id="broad-support"
          period={period}
          table={broad}
          summary={describeRanking(
            data.broadSupport.map((q) => ({ label: `“${q.title}”`, value: oneDecimal(q.score) })),
            "broad support",
          )}
          chart={
            <BarChart
              labelledBy="broad-support"
              valueLabel="Broad support score"
              data={data.broadSupport.map((q) => ({
                label: q.title,
                value: oneDecimal(q.score),
                href: questionHref(q.id),
              }))}
            />
          }
        />
      </section>

      <section aria-labelledby="people-heading" className="mb-12">
        <h2 id="people-heading" className="mb-4 text-3xl">
          Who supports questions
        </h2>
        <p className="mb-4 max-w-3xl">
          People who supported at least one question in the period, each counted once: in the district, age group and “I
          am a…” answer they had when they gave their latest support in the period. Groups of fewer than 5 people are
          not shown, and where one hidden group could be worked out from the total and the others, another is hidden too
          (“hidden to protect a small group”). A group of 0 is shown as 0.
        </p>
        {breakdowns.map((b) => (
          <Figure
            key={b.id}
            id={b.id}
            period={period}
            table={b.table}
            summary={describeRanking(
              b.data.cells.map((cell) => ({ label: cell.label, value: cell.people })),
              "people supporting questions",
            )}
            chart={<BarChart labelledBy={b.id} valueLabel="People" data={breakdownBars(b.data)} />}
          />
        ))}
      </section>

      <section aria-labelledby="taking-part-heading" className="mb-12">
        <h2 id="taking-part-heading" className="mb-4 text-3xl">
          Who is taking part
        </h2>
        <p className="mb-4 max-w-3xl">
          Everyone who asked, supported or commented in the period, against the Census 2021 residents. The public sees
          the same figures on <Link href="/taking-part">Who is taking part</Link>.
        </p>
        <ParticipationFigureSet data={data.participation} headingLevel={3} idPrefix="dashboard-taking-part" />
      </section>

      <section aria-labelledby="trend-heading" className="mb-12">
        <h2 id="trend-heading" className="mb-4 text-3xl">
          Week by week
        </h2>
        <p className="mb-4 max-w-3xl">
          Weeks run Monday to Sunday, UK time
          {data.weekly[0] ? `; the first starts on ${weekLabel(data.weekly[0].weekStart)}` : ""}. The first and last
          weeks count only the days in the period. Answered means the first official response to a question.
        </p>
        <Figure
          id="weekly-trend"
          period={period}
          table={weekly}
          summary={describeTrend(series)}
          chart={<LineChart labelledBy="weekly-trend" yLabel="A week" series={series} />}
        />
      </section>

      <section aria-labelledby="performance-heading" className="mb-12">
        <h2 id="performance-heading" className="mb-4 text-3xl">
          Response performance
        </h2>
        <p className="mb-4 max-w-3xl">
          For each organisation: the questions it took on in the period (claimed from the pool or transferred to it),
          the share of those it has answered so far, the median number of calendar days from taking a question on to its
          first response, and the questions it holds now that are past their due date without a response from it.
        </p>
        <Figure
          id="response-performance"
          period={period}
          table={performance}
          summary={describeRanking(
            withShare.map((o) => ({ label: o.name, value: answeredShare(o) })),
            "answered share (per cent)",
          )}
          chart={
            <BarChart
              labelledBy="response-performance"
              valueLabel="Answered share (%)"
              data={withShare.map((o) => ({ label: o.name, value: answeredShare(o) }))}
            />
          }
        />
      </section>
    </>
  );
}

/**
 * The priorities dashboard for partners and admins: what the public supports most in a period, how broadly, who
 * supports (aggregates only, small groups suppressed), the weekly trend and how each organisation responds.
 */
export default async function PrioritiesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/partner/priorities");
  if (!can(actor, "priorities.read")) forbidden();
  const parsed = parsePeriod(raw);
  const reading = await readPrioritiesDashboard(actor, parsed.period);
  const data = reading.dashboard;
  const hasErrors = Object.keys(parsed.errors).length > 0;
  const { from, to } = parsed.period;

  return (
    <div className="max-w-5xl">
      {hasErrors ? <ErrorSummary errors={parsed.errors} fieldOrder={["from", "to"]} /> : null}
      <span className="mb-2 block text-xl text-muted">Partners</span>
      <h1 className="mb-6 text-4xl">Priorities</h1>
      <p className="mb-6 max-w-3xl">
        What the public supports, for the period you choose. Only published questions count. A support counts in the
        district, age group and “I am a…” answer its supporter had when they gave it. Dates are UK time.
      </p>
      <PeriodForm values={parsed.values} errors={parsed.errors} />
      <p className="mb-2 text-xl" id="period-shown">
        {hasErrors ? "Showing the last 90 days until the dates are corrected: " : "Showing "}
        {dayText(from)} to {dayText(to)}.
      </p>
      <p className="mb-8 max-w-3xl" id="figures-as-of">
        {parsed.period.kind === "custom"
          ? "Figures for dates you choose are worked out when you ask, which can take a few seconds on a large portal."
          : `Figures as of ${asOfText(reading.computedAt)}; they are worked out again every ${SNAPSHOT_INTERVAL_MINUTES} minutes.`}
      </p>
      <Dashboard data={data} />
    </div>
  );
}
