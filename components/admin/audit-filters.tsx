import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import {
  AUDIT_TARGET_TYPES,
  AUTOMATIC_ACTOR,
  type AuditFilterField,
  type AuditFilterValues,
} from "@/lib/audit/schemas";

/**
 * The audit log's filters: a plain GET form, so the address holds every choice (bookmark it, share it with a
 * colleague) and it works without JavaScript. The person travels as their id, never their email address.
 */
export function AuditFilters({
  values,
  errors,
  people,
}: {
  values: AuditFilterValues;
  errors: Partial<Record<AuditFilterField, string>>;
  people: { id: string; displayName: string; email: string | null }[];
}) {
  const filtered = Object.values(values).some(Boolean);
  return (
    <form method="get" action="/admin/audit" aria-label="Filter the audit log" className="mb-8 bg-wash p-4">
      <div className="mb-4 grid items-start gap-4 sm:grid-cols-2">
        <SelectField
          name="actor"
          label="Person"
          hint="Who did it"
          width="full"
          spacing=""
          emptyLabel="Anyone"
          error={errors.actor}
          defaultValue={values.actor}
          options={[
            { value: AUTOMATIC_ACTOR, label: "Automatic (no person)" },
            ...people.map((p) => ({ value: p.id, label: p.email ? `${p.displayName} (${p.email})` : p.displayName })),
          ]}
        />
        <SelectField
          name="action"
          label="Action"
          hint="What they did"
          width="full"
          spacing=""
          emptyLabel="Any action"
          error={errors.action}
          defaultValue={values.action}
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label: `${label} (${value})` }))}
        />
        <SelectField
          name="targetType"
          label="Target type"
          hint="What it was done to"
          width="full"
          spacing=""
          emptyLabel="Anything"
          error={errors.targetType}
          defaultValue={values.targetType}
          options={Object.entries(AUDIT_TARGET_TYPES).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          name="targetId"
          label="Target id"
          hint="The id of one question, person or other target"
          width="full"
          spacing=""
          autoComplete="off"
          spellCheck={false}
          error={errors.targetId}
          defaultValue={values.targetId ?? ""}
        />
        <TextField
          name="from"
          label="Date from"
          hint="The first day, in the format yyyy-mm-dd, for example 2026-11-01"
          width="short"
          spacing=""
          autoComplete="off"
          error={errors.from}
          defaultValue={values.from ?? ""}
        />
        <TextField
          name="to"
          label="Date to"
          hint="The last day, in the format yyyy-mm-dd, for example 2026-11-30"
          width="short"
          spacing=""
          autoComplete="off"
          error={errors.to}
          defaultValue={values.to ?? ""}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="min-h-11 bg-success px-5 font-bold text-white">
          Show entries
        </button>
        {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
      </div>
    </form>
  );
}
