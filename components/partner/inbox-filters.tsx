import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { hasInboxFilters, inboxHref, NO_INBOX_FILTERS, type InboxParams } from "@/lib/triage/inbox-params";

type Option = { value: string; label: string };

const SORT_OPTIONS: Option[] = [
  { value: "waiting", label: "Waiting longest" },
  { value: "support", label: "Most support" },
  { value: "trending", label: "Trending" },
];

const AGE_OPTIONS: Option[] = [
  { value: "7", label: "More than a week" },
  { value: "30", label: "More than 30 days" },
  { value: "90", label: "More than 90 days" },
];

/**
 * The inbox's filters and sort: a plain GET form, so the address holds every choice (bookmark it, send it to a
 * colleague) and it works without JavaScript. The view and organisation travel with it; the page starts again.
 */
export function InboxFilters({
  params,
  organisations,
  organisationSlug,
  themes,
  districts,
  statuses,
}: {
  params: InboxParams;
  /** Shown as a chooser only when there is more than one to choose from. */
  organisations: { slug: string; name: string }[];
  organisationSlug: string | null;
  themes: Option[];
  districts: Option[];
  statuses: Option[];
}) {
  return (
    <form method="get" action="/partner" aria-label="Filter the inbox" className="mb-8 bg-wash p-4">
      {params.view !== "pool" ? <input type="hidden" name="view" value={params.view} /> : null}
      <TextField
        name="q"
        type="search"
        label="Words in the question"
        hint="In its title or details, for example: bus lane. Put a phrase in quotes."
        width="medium"
        autoComplete="off"
        defaultValue={params.q ?? ""}
      />
      <div className="mb-4 grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {organisations.length > 1 ? (
          <SelectField
            name="organisation"
            label="Organisation"
            width="full"
            spacing=""
            emptyLabel={null}
            defaultValue={organisationSlug ?? undefined}
            options={organisations.map((o) => ({ value: o.slug, label: o.name }))}
          />
        ) : null}
        <SelectField
          name="sort"
          label="Sort by"
          width="full"
          spacing=""
          emptyLabel={null}
          defaultValue={params.sort}
          options={SORT_OPTIONS}
        />
        <SelectField
          name="theme"
          label="Theme"
          width="full"
          spacing=""
          emptyLabel="All themes"
          defaultValue={params.theme}
          options={themes}
        />
        <SelectField
          name="district"
          label="District"
          width="full"
          spacing=""
          emptyLabel="All of Essex"
          defaultValue={params.district}
          options={districts}
        />
        <SelectField
          name="status"
          label="Status"
          width="full"
          spacing=""
          emptyLabel="Any status"
          defaultValue={params.status}
          options={statuses}
        />
        <SelectField
          name="age"
          label="Published"
          width="full"
          spacing=""
          emptyLabel="Any time"
          defaultValue={params.age}
          options={AGE_OPTIONS.map((o) => ({ ...o, label: `${o.label} ago` }))}
        />
        <TextField
          name="support"
          label="Minimum support"
          hint="Number of supporters"
          width="short"
          spacing=""
          inputMode="numeric"
          autoComplete="off"
          defaultValue={params.support ? String(params.support) : ""}
        />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="min-h-11 bg-success px-5 font-bold text-white">
          Show questions
        </button>
        {hasInboxFilters(params) ? <Link href={inboxHref(params, NO_INBOX_FILTERS)}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
