import { isDatabaseReachable } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: says whether the database answers, and nothing more.
export async function GET() {
  const ok = await isDatabaseReachable();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
