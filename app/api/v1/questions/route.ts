import { CACHE_CONTROL, linkTo, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { listQuestions } from "@/lib/open-data/api/questions";
import { questionListQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

/** Published questions, filtered, sorted and searched as on /questions (lib/open-data/api/openapi.ts). */
export const GET = openDataRoute(
  { query: questionListQuery, cacheControl: CACHE_CONTROL.live },
  ({ query, origin, request }) => listQuestions(query, origin, (cursor) => linkTo(origin, request, { cursor })),
);
export const OPTIONS = preflight;
