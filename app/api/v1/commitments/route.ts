import { listCommitments } from "@/lib/open-data/api/commitments";
import { CACHE_CONTROL, linkTo, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { commitmentListQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

export const GET = openDataRoute(
  { query: commitmentListQuery, cacheControl: CACHE_CONTROL.slow },
  ({ query, origin, request }) => listCommitments(query, origin, (cursor) => linkTo(origin, request, { cursor })),
);
export const OPTIONS = preflight;
