import type { Metadata } from "next";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ParticipationFigureSet } from "@/components/participation/participation-figures";
import { PeriodForm } from "@/components/priorities/period-form";
import { headers } from "next/headers";
import { getActor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { readPublicParticipation } from "@/lib/participation/queries";
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
  const { figures: data, refusal } = await readPublicParticipation(parsed.period, async () => ({
    ip: clientIp(await headers()),
    accountId: (await getActor())?.id ?? null,
  }));
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
      {refusal ? (
        <p className="mb-6 border-l-8 border-line p-4" role="alert">
          {refusal}
        </p>
      ) : null}
      <p className="mb-6 text-xl" id="period-shown">
        {hasErrors ? "Showing the last 90 days until the dates are corrected: " : "Showing "}
        {dayText(data.period.from)} to {dayText(data.period.to)}.
      </p>
      <ParticipationFigureSet data={data} />
    </div>
  );
}
