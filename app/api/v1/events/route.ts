import { listPastEvents } from "@/lib/open-data/api/events";
import { CACHE_CONTROL, linkTo, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { eventListQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

export const GET = openDataRoute(
  { query: eventListQuery, cacheControl: CACHE_CONTROL.slow },
  ({ query, origin, request }) => listPastEvents(query, origin, (cursor) => linkTo(origin, request, { cursor })),
);
export const OPTIONS = preflight;
