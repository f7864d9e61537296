import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SECURITY_EVENT_KIND_LABELS } from "@/lib/security-events/schemas";

const KIND_OPTIONS = Object.entries(SECURITY_EVENT_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** The list's filters, sent by GET so a filtered list can be bookmarked; the person stays as their id. */
export function SecurityEventFilters({
  values,
  errors,
  userId,
}: {
  values: { kind: string; from: string; to: string };
  errors: Record<string, string>;
  userId?: string;
}) {
  const filtered = Boolean(values.kind || values.from || values.to || userId);
  return (
    <form method="get" action="/admin/security" aria-label="Filter security events" className="mb-8 bg-wash p-4">
      <ErrorSummary errors={errors} fieldOrder={["from", "to"]} />
      {userId ? <input type="hidden" name="user" value={userId} /> : null}
      <div className="mb-4 grid items-end gap-4 sm:grid-cols-3">
        <SelectField
          name="kind"
          label="What happened"
          width="full"
          spacing=""
          emptyLabel="Any event"
          defaultValue={values.kind}
          options={KIND_OPTIONS}
        />
        <TextField
          name="from"
          type="date"
          label="From"
          width="full"
          spacing=""
          defaultValue={values.from}
          error={errors.from}
        />
        <TextField
          name="to"
          type="date"
          label="To (included)"
          width="full"
          spacing=""
          defaultValue={values.to}
          error={errors.to}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="min-h-11 bg-success px-5 font-bold text-white">
          Show events
        </button>
        {filtered ? <Link href="/admin/security">Clear filters</Link> : null}
      </div>
    </form>
  );
}
