import type { Metadata } from "next";
import Link from "next/link";
import { BarChart, ChartFigure, type BarDatum } from "@/components/charts";
import { FigureList } from "@/components/scorecard/figure-list";
import { HowWorkedOut } from "@/components/scorecard/how-worked-out";
import { PeriodChoice, PeriodErrors } from "@/components/scorecard/period-heading";
import { parsePeriod, periodSearchParams } from "@/lib/priorities/schemas";
import { TOO_FEW_TEXT, percent, shareText, workingDaysText } from "@/lib/scorecard/figures";
import type { PartnerScorecard } from "@/lib/scorecard/load";
import { readScorecards } from "@/lib/scorecard/queries";
import { commitmentRows, questionRows } from "@/lib/scorecard/wording";

export const metadata: Metadata = { title: "How partners are doing" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const asPercent = (value: number) => `${value}%`;

function answeredBars(scorecards: PartnerScorecard[], href: (slug: string) => string): BarDatum[] {
  return scorecards
    .filter((s) => s.questions.answered.shown)
    .map((s) => ({
      label: s.organisation.name,
      value: percent(s.questions.answered),
      href: href(s.organisation.slug),
    }));
}

function medianBars(scorecards: PartnerScorecard[], href: (slug: string) => string): BarDatum[] {
  return scorecards
    .filter((s) => s.questions.waitsShown && s.questions.medianWorkingDays !== null)
    .map((s) => ({
      label: s.organisation.name,
      value: s.questions.medianWorkingDays,
      href: href(s.organisation.slug),
    }));
}

/** "Not shown for A and B, because …": the summary names who is left out of the chart, and why. */
function leftOut(scorecards: PartnerScorecard[], shownNames: Set<string>, because: string): string {
  const missing = scorecards.filter((s) => !shownNames.has(s.organisation.name)).map((s) => s.organisation.name);
  if (missing.length === 0) return "";
  const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
  return ` Not shown for ${names}, because ${because}.`;
}

/**
 * The public comparison of the partners' records over a period: what each took on and answered, how long answers
 * take (counting the questions still waiting), and what each promised and delivered. Alphabetical, never ranked.
 */
export default async function PartnersPage({ searchParams }: Props) {
  const parsed = parsePeriod(await searchParams);
  const { scorecards, targetWorkingDays } = await readScorecards(parsed.period);
  const search = periodSearchParams(parsed.period).toString();
  const href = (slug: string) => `/partners/${slug}?${search}`;
  const answered = answeredBars(scorecards, href);
  const medians = medianBars(scorecards, href);

  return (
    <div className="max-w-5xl">
      <PeriodErrors parsed={parsed} />
      <h1 className="mb-6 text-4xl">How partners are doing</h1>
      <p className="mb-4 max-w-3xl">
        The partners who answer questions here have promised to answer in public and to report back on what they do.
        These figures show how each one is doing, for the period you choose. Every figure says what it is out of.
      </p>
      <p className="mb-6 max-w-3xl">
        Partners are listed in alphabetical order. This is not a league table: partners take on different kinds of
        questions. <a href="#how-worked-out">How these are worked out</a>.
      </p>
      <PeriodChoice parsed={parsed} action="/partners" />

      <section aria-labelledby="compared-heading" className="mb-12">
        <h2 id="compared-heading" className="mb-4 text-3xl">
          Side by side
        </h2>
        <ChartFigure
          id="answered-by-partner"
          title="Questions answered in public, per cent of those taken on"
          summary={
            answered.map((b) => `${b.label}: ${b.value}%.`).join(" ") +
            leftOut(
              scorecards,
              new Set(answered.map((b) => b.label)),
              "they took on fewer than 10 questions in the period",
            )
          }
          chart={
            <BarChart
              labelledBy="answered-by-partner"
              valueLabel="Answered (per cent)"
              data={answered}
              formatValue={asPercent}
            />
          }
          table={{
            columns: [
              { header: "Partner" },
              { header: "Answered in public", numeric: true },
              { header: "Half are answered within", numeric: true },
              { header: "9 in 10 are answered within", numeric: true },
            ],
            rows: scorecards.map((s) => [
              { text: s.organisation.name, href: href(s.organisation.slug) },
              s.questions.answered.shown ? shareText(s.questions.answered) : TOO_FEW_TEXT,
              s.questions.waitsShown ? workingDaysText(s.questions.medianWorkingDays) : TOO_FEW_TEXT,
              s.questions.waitsShown ? workingDaysText(s.questions.ninetiethWorkingDays) : TOO_FEW_TEXT,
            ]),
          }}
          empty={answered.length === 0}
          emptyMessage={`No partner took on enough questions in this period to show (${TOO_FEW_TEXT}).`}
        />
        <ChartFigure
          id="median-wait-by-partner"
          title="Half of the questions are answered within, in working days"
          summary={
            medians.map((b) => `${b.label}: ${workingDaysText(b.value)}.`).join(" ") +
            leftOut(
              scorecards,
              new Set(medians.map((b) => b.label)),
              "they took on fewer than 10 questions in the period, or half are not answered yet",
            )
          }
          chart={<BarChart labelledBy="median-wait-by-partner" valueLabel="Working days (median)" data={medians} />}
          table={{
            columns: [{ header: "Partner" }, { header: "Half are answered within", numeric: true }],
            rows: scorecards.map((s) => [
              { text: s.organisation.name, href: href(s.organisation.slug) },
              s.questions.waitsShown ? workingDaysText(s.questions.medianWorkingDays) : TOO_FEW_TEXT,
            ]),
          }}
          empty={medians.length === 0}
          emptyMessage={`No partner has a median wait to show for this period (${TOO_FEW_TEXT}, or not reached yet).`}
        />
      </section>

      {scorecards.map((s) => (
        <section
          key={s.organisation.id}
          aria-labelledby={`partner-${s.organisation.slug}`}
          className="mb-12"
          data-partner={s.organisation.slug}
        >
          <h2 id={`partner-${s.organisation.slug}`} className="mb-2 text-3xl">
            {s.organisation.name}
          </h2>
          <p className="mb-4">
            <Link href={href(s.organisation.slug)}>
              {s.organisation.name}&apos;s scorecard<span className="sr-only">, with a chart of waiting times</span>
            </Link>
          </p>
          <h3 className="mb-2 text-xl">Questions</h3>
          <FigureList rows={questionRows(s.questions, targetWorkingDays)} idPrefix={`${s.organisation.slug}-q`} />
          <h3 className="mb-2 text-xl">Commitments</h3>
          <FigureList rows={commitmentRows(s.commitments)} idPrefix={`${s.organisation.slug}-c`} />
        </section>
      ))}
      {scorecards.length === 0 ? <p className="mb-12">There are no partner organisations yet.</p> : null}

      <HowWorkedOut targetWorkingDays={targetWorkingDays} />
    </div>
  );
}
