import { isDatabaseReachable } from "@/lib/health/queries";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: says whether the database answers, and nothing more: "ok" (200), or
// "degraded" (503) while it does not, when every other page answers "Sorry, the service is unavailable" (proxy.ts).
export const GET = withErrorResponses(async () => {
  const ok = await isDatabaseReachable();
  return Response.json(
    { status: ok ? "ok" : "degraded" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
