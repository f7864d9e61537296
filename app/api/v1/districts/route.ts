import { CACHE_CONTROL, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { listDistrictsWithCounts } from "@/lib/open-data/api/reference";
import { noQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

export const GET = openDataRoute({ query: noQuery, cacheControl: CACHE_CONTROL.reference }, () =>
  listDistrictsWithCounts(),
);
export const OPTIONS = preflight;
