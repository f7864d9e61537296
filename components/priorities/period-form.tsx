import { DateInput } from "@/components/forms/date-input";
import { PERIOD_KINDS, PERIOD_LABELS, type PeriodField } from "@/lib/priorities/schemas";

/**
 * A dashboard's period: a plain GET form, so the address holds the choice (bookmark it, share it) and it works
 * without JavaScript. The dates are used only with "Choose dates".
 */
export function PeriodForm({
  values,
  errors,
  action = "/partner/priorities",
}: {
  values: Record<string, string>;
  errors: Partial<Record<PeriodField, string>>;
  /** The page the form shows figures on (the priorities dashboard, a partner's scorecard…). */
  action?: string;
}) {
  return (
    <form method="get" action={action} aria-label="Choose the period" className="mb-8 bg-wash p-4">
      <fieldset className="mb-4">
        <legend className="mb-2 text-xl font-bold">Period</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {PERIOD_KINDS.map((kind) => (
            <div key={kind} className="flex items-center gap-3">
              <input
                id={`period-${kind}`}
                type="radio"
                name="period"
                value={kind}
                defaultChecked={values.period === kind}
                className="h-8 w-8 accent-ink"
              />
              <label htmlFor={`period-${kind}`}>{PERIOD_LABELS[kind]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-x-8 sm:grid-cols-2">
        <DateInput
          name="from"
          legend="From"
          hint="Used with “Choose dates”. For example, 1 4 2026"
          error={errors.from}
          values={values}
        />
        <DateInput
          name="to"
          legend="To (included)"
          hint="Today or earlier. For example, 30 6 2026"
          error={errors.to}
          values={values}
        />
      </div>
      <button
        type="submit"
        className="min-h-11 bg-success px-5 py-2 text-[1.1875rem] font-bold text-white hover:bg-success-dark"
      >
        Show figures
      </button>
    </form>
  );
}
