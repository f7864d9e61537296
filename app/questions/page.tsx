import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { FollowFeed } from "@/components/open-data/follow-feed";
import { HighlightedText } from "@/components/questions/highlighted-text";
import { StatusTag } from "@/components/questions/status-tag";
import { ThemeList } from "@/components/questions/theme-list";
import { plural } from "@/lib/format";
import { feedAlternates } from "@/lib/open-data/feeds/alternates";
import { FEED_FORMAT_NAMES, questionFeedPath, type FeedFormat } from "@/lib/open-data/feeds/formats";
import { siteAddress } from "@/lib/open-data/licence";
import { browseQuestions, SEARCH_MATCH_LIMIT } from "@/lib/questions/browse/queries";
import { browseSchema, type BrowseParams } from "@/lib/questions/schemas";
import { QUESTION_STATUSES, statusLabel } from "@/lib/questions/status";
import { themeAndDistrictSelects, type FilterSelect } from "@/lib/reference/filter-selects";
import { listDistricts, listOrganisations } from "@/lib/reference/queries";
import { listThemesToBrowse } from "@/lib/themes/queries";
import { TRENDING_HALF_LIFE_DAYS } from "@/lib/votes/trending";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function parseBrowseParams(raw: Record<string, string | string[] | undefined>): BrowseParams {
  return browseSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}

/** The list's title, and its feeds for the filters in use (<link rel="alternate">, found by feed readers). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseBrowseParams(await searchParams);
  return {
    title: "Questions and ideas",
    alternates: {
      types: feedAlternates(
        [{ title: "Questions", path: (format) => questionFeedPath(params, format) }],
        siteAddress(),
      ),
    },
  };
}

const SORT_LABELS = {
  supported: "Most supported",
  trending: "Trending",
  newest: "Newest",
  waiting: "Waiting longest for an answer",
} as const;

function pageLink(params: BrowseParams, after?: string): string {
  const search = new URLSearchParams();
  for (const key of ["q", "sort", "theme", "district", "status", "organisation"] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (after) search.set("after", after);
  const query = search.toString();
  return query ? `/questions?${query}` : "/questions";
}

function feedPaths(params: BrowseParams): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, questionFeedPath(params, format)])) as Record<
    FeedFormat,
    string
  >;
}

/** "Trending", in one sentence (the score is in lib/votes/trending.ts). */
const TRENDING_EXPLAINED = `“Trending” puts first the questions gaining support fastest: support from the last ${TRENDING_HALF_LIFE_DAYS} days counts twice as much as support from the ${TRENDING_HALF_LIFE_DAYS} days before.`;

export default async function QuestionsPage({ searchParams }: Props) {
  const params = parseBrowseParams(await searchParams);
  const [result, themes, districts, organisations] = await Promise.all([
    browseQuestions(params),
    listThemesToBrowse(),
    listDistricts(),
    listOrganisations(),
  ]);
  const filtered = Boolean(params.q || params.theme || params.district || params.status || params.organisation);
  const filterSelects: FilterSelect[] = [
    {
      name: "sort",
      label: "Sort by",
      hint: TRENDING_EXPLAINED,
      defaultValue: params.sort ?? (params.q ? "" : "supported"),
      emptyLabel: params.q ? "Best match" : null,
      options: Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label })),
    },
    ...themeAndDistrictSelects(themes, districts, params),
    {
      name: "status",
      label: "Status",
      defaultValue: params.status,
      emptyLabel: "Any status",
      options: QUESTION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
    },
    {
      name: "organisation",
      label: "Answered by",
      defaultValue: params.organisation,
      emptyLabel: "Any partner, or none yet",
      options: organisations.map((o) => ({ value: o.slug, label: o.name })),
    },
  ];

  return (
    <div>
      <h1 className="mb-6 text-4xl">Questions and ideas</h1>
      <form method="get" action="/questions" role="search" aria-label="Questions" className="mb-8 bg-wash p-4">
        <div className="mb-4">
          <label htmlFor="q" className="mb-1 block font-bold">
            Search questions
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            className="min-h-11 w-full max-w-xl border-2 border-ink bg-paper px-2"
          />
        </div>
        {/* Folded on phones so the results start within the first screen; always shown on wider screens where
            the browser supports ::details-content (elsewhere the summary stays and opens it). Open whenever a
            filter is in use, so what is applied is in view. */}
        <details
          open={filtered || Boolean(params.sort)}
          className="mb-4 sm:details-content:[content-visibility:visible]"
        >
          <summary className="mb-4 min-h-11 cursor-pointer py-2 font-bold text-brand underline sm:supports-[selector(::details-content)]:hidden">
            Sort and filter
          </summary>
          <div className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {filterSelects.map((select) => (
              <SelectField key={select.name} width="full" spacing="" {...select} />
            ))}
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-6">
          <button type="submit" className="min-h-11 bg-success px-5 font-bold text-white">
            Show questions
          </button>
          {filtered ? (
            <Link prefetch={false} href="/questions">
              Clear search and filters
            </Link>
          ) : null}
        </div>
      </form>

      <h2 className="mb-4 text-2xl">
        {result.moreThanTotal ? "More than " : ""}
        {plural(result.total, "question")}
        {/* This sort shows only the questions it is about: say so, or the list seems to lose some. */}
        {result.sort === "waiting" ? " still waiting for an answer" : filtered ? " found" : ""}
      </h2>
      <FollowFeed what="new questions that match" paths={feedPaths(params)} />
      {result.moreThanTotal && result.sort === "relevance" ? (
        <p className="mb-4">
          “Best match” lists the best matches among the {SEARCH_MATCH_LIMIT} most supported. To see every match, sort by
          most supported or newest.
        </p>
      ) : null}
      {result.items.length ? (
        <ul>
          {result.items.map((q) => (
            <li key={q.id} className="border-b border-line py-5">
              <h3 className="mb-2 text-xl">
                <Link prefetch={false} href={`/questions/${q.id}`}>
                  {q.titleHighlight ? <HighlightedText text={q.titleHighlight} /> : q.title}
                </Link>
              </h3>
              {q.snippet ? (
                <p className="mb-2 text-base">
                  …<HighlightedText text={q.snippet} />…
                </p>
              ) : null}
              <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
                <StatusTag state={q.status} />
                <strong>{plural(q.supportCount, "supporter")}</strong>
                <span>{plural(q.commentCount, "comment")}</span>
              </div>
              <ThemeList themes={q.themes} district={q.district} />
              {q.answeredBy.length ? <p className="mt-3 text-base">Answered by {q.answeredBy.join(", ")}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <div className="py-4">
          <p className="mb-2 text-xl font-bold">No questions match{params.q ? ` “${params.q}”` : ""}.</p>
          <p className="mb-2">Try other words, or fewer filters.</p>
          <p>
            Nobody has asked it yet?{" "}
            <Link prefetch={false} href="/questions/ask">
              Ask it yourself
            </Link>
            .
          </p>
        </div>
      )}

      <nav aria-label="Pages of questions" className="mt-8 flex flex-wrap gap-6">
        {params.after ? (
          <Link prefetch={false} href={pageLink(params)}>
            First page
          </Link>
        ) : null}
        {result.next ? (
          <Link prefetch={false} href={pageLink(params, result.next)} rel="next">
            Next page<span className="sr-only"> of questions</span>
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
