import { CACHE_CONTROL, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { getQuestion } from "@/lib/open-data/api/questions";
import { noQuery, questionIdPath } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

/** One published question with its timeline, answers and commitments; 404 for anything else. */
export const GET = openDataRoute({ query: noQuery, cacheControl: CACHE_CONTROL.live }, async ({ params, origin }) => {
  const path = questionIdPath.safeParse(params);
  return path.success ? getQuestion(path.data.id, origin) : null;
});
export const OPTIONS = preflight;
