import { getActor } from "@/lib/auth/actor";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { withErrorResponses } from "@/lib/route-errors";
import { Unauthenticated } from "@/lib/errors";
import { consumeRateLimits } from "@/lib/rate-limit";
import { dataDownloadLimits } from "@/lib/read-limits";

export const dynamic = "force-dynamic";

/** "Download my data": everything held about the signed-in person, as a JSON file. */
export const GET = withErrorResponses(async () => {
  const actor = await getActor();
  if (!actor) throw new Unauthenticated();
  await consumeRateLimits(dataDownloadLimits(actor.id));
  const data = await exportPersonalData(actor);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-smarter-essex-data-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
