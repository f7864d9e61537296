import { CACHE_CONTROL, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { listOrganisations } from "@/lib/open-data/api/organisations";
import { organisationListQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

/** The partner organisations with their public scorecard figures for the period. */
export const GET = openDataRoute(
  { query: organisationListQuery, cacheControl: CACHE_CONTROL.slow },
  ({ query, origin }) => listOrganisations(query, origin),
);
export const OPTIONS = preflight;
