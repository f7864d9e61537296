import { getCommitmentOut } from "@/lib/open-data/api/commitments";
import { CACHE_CONTROL, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { commitmentIdPath, noQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

export const GET = openDataRoute({ query: noQuery, cacheControl: CACHE_CONTROL.slow }, async ({ params, origin }) => {
  const path = commitmentIdPath.safeParse(params);
  return path.success ? getCommitmentOut(path.data.id, origin) : null;
});
export const OPTIONS = preflight;
