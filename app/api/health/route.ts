import { isDatabaseReachable } from "@/lib/health/queries";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: says whether the database answers, and nothing more.
export const GET = withErrorResponses(async () => {
  const ok = await isDatabaseReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
