import { ErrorSummary } from "@/components/forms/error-summary";
import { PeriodForm } from "@/components/priorities/period-form";
import type { PeriodParseResult } from "@/lib/priorities/schemas";

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayText = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

/** The error summary goes first on the page; the form and the period shown go under the introduction. */
export function PeriodErrors({ parsed }: { parsed: PeriodParseResult }) {
  return Object.keys(parsed.errors).length > 0 ? (
    <ErrorSummary errors={parsed.errors} fieldOrder={["from", "to"]} />
  ) : null;
}

/** The period form (a GET form: the address holds the choice) and, under it, the period the figures are for. */
export function PeriodChoice({ parsed, action }: { parsed: PeriodParseResult; action: string }) {
  const hasErrors = Object.keys(parsed.errors).length > 0;
  return (
    <>
      <PeriodForm values={parsed.values} errors={parsed.errors} action={action} />
      <p className="mb-8 text-xl" id="period-shown">
        {hasErrors ? "Showing the last 90 days until the dates are corrected: " : "Showing "}
        {dayText(parsed.period.from)} to {dayText(parsed.period.to)}.
      </p>
    </>
  );
}
