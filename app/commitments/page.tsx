import Link from "next/link";
import { ukToday } from "@/lib/commitments/today";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { SelectField } from "@/components/forms/select-field";
import { commitmentStateLabel } from "@/lib/commitments/policy";
import { listCommitmentPartners, listCommitments } from "@/lib/commitments/queries";
import { commitmentListSchema, type CommitmentListParams } from "@/lib/commitments/schemas";
import { themeAndDistrictSelects, type FilterSelect } from "@/lib/reference/filter-selects";
import { listDistricts } from "@/lib/reference/queries";
import { listThemesToBrowse } from "@/lib/themes/queries";

export const metadata = { title: "You said, we did: commitments" };

const STATES = ["planned", "in_progress", "delivered", "dropped"] as const;

function pageLink(params: CommitmentListParams, after?: string): string {
  const search = new URLSearchParams();
  for (const key of ["partner", "theme", "district", "state"] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (after) search.set("after", after);
  const query = search.toString();
  return query ? `/commitments?${query}` : "/commitments";
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every partner's commitments in public ("you said, we did"): soonest target first, filtered in the URL (a GET
 * form, so each view can be shared and bookmarked), with overdue ones said in words.
 */
export default async function CommitmentsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = commitmentListSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [result, partners, themes, districts] = await Promise.all([
    listCommitments(params),
    listCommitmentPartners(),
    listThemesToBrowse(),
    listDistricts(),
  ]);
  const filtered = Boolean(params.partner || params.theme || params.district || params.state);
  const selects: FilterSelect[] = [
    {
      name: "partner",
      label: "Partner",
      defaultValue: params.partner,
      emptyLabel: "All partners",
      options: partners.map((p) => ({ value: p.slug, label: p.name })),
    },
    ...themeAndDistrictSelects(themes, districts, params),
    {
      name: "state",
      label: "State",
      defaultValue: params.state,
      emptyLabel: "Any state",
      options: STATES.map((s) => ({ value: s, label: commitmentStateLabel(s) })),
    },
  ];

  return (
    <div>
      <h1 className="mb-4 text-4xl">You said, we did</h1>
      <p className="mb-6 max-w-3xl">
        When a partner organisation answers a question by promising to act, it makes a commitment here: what it will do,
        by when, and how it is going. Each commitment shows its progress, its updates and, once delivered, the evidence.
        A commitment is overdue when its target date has passed and it is neither delivered nor dropped.
      </p>
      <form method="get" action="/commitments" aria-label="Filter commitments" className="mb-8 bg-wash p-4">
        <div className="mb-4 grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {selects.map((select) => (
            <SelectField key={select.name} width="full" spacing="" {...select} />
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-6">
          <button type="submit" className="min-h-11 bg-success px-5 font-bold text-white">
            Show commitments
          </button>
          {filtered ? <Link href="/commitments">Clear filters</Link> : null}
        </div>
      </form>

      <h2 className="mb-4 text-2xl">{filtered ? "Commitments found" : "All commitments"}</h2>
      {result.items.length ? (
        <CommitmentList items={result.items} today={ukToday()} hrefOf={(id) => `/commitments/${id}`} />
      ) : (
        <p className="py-4 text-xl font-bold">No commitments match these filters.</p>
      )}
      <nav aria-label="Pages of commitments" className="mt-8 flex flex-wrap gap-6">
        {params.after ? <Link href={pageLink(params)}>First page</Link> : null}
        {result.next ? (
          <Link href={pageLink(params, result.next)} rel="next">
            Next page<span className="sr-only"> of commitments</span>
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
