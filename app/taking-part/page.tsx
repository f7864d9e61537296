import type { Metadata } from "next";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ParticipationFigureSet } from "@/components/participation/participation-figures";
import { PeriodForm } from "@/components/priorities/period-form";
import { readParticipation } from "@/lib/participation/queries";
import { parsePeriod } from "@/lib/priorities/schemas";

export const metadata: Metadata = { title: "Who is taking part" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
function dayText(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Public: who takes part in the portal compared with who lives in Essex, by district and by age group, for the
 * period chosen (the priorities dashboard's period form). Aggregates only; small groups are not shown.
 */
export default async function TakingPartPage({ searchParams }: Props) {
  const parsed = parsePeriod(await searchParams);
  const data = await readParticipation(parsed.period);
  const hasErrors = Object.keys(parsed.errors).length > 0;
  return (
    <div className="max-w-5xl">
      {hasErrors ? <ErrorSummary errors={parsed.errors} fieldOrder={["from", "to"]} /> : null}
      <h1 className="mb-6 text-4xl">Who is taking part</h1>
      <p className="mb-6 max-w-3xl">
        The portal should hear from every part of Essex and from people of every age. This page compares the people who
        take part with the people who live here, so that the partners can see who they are not yet hearing from.
      </p>
      <PeriodForm values={parsed.values} errors={parsed.errors} action="/taking-part" />
      <p className="mb-6 text-xl" id="period-shown">
        {hasErrors ? "Showing the last 90 days until the dates are corrected: " : "Showing "}
        {dayText(parsed.period.from)} to {dayText(parsed.period.to)}.
      </p>
      <ParticipationFigureSet data={data} />
    </div>
  );
}
