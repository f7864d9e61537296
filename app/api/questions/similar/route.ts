import { findSimilarQuestions } from "@/lib/questions/browse/queries";
import { withErrorResponses } from "@/lib/route-errors";
import { stripControlCharacters } from "@/lib/text/plain-text";
import { getActor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/auth/client-ip";
import { consumeRateLimits } from "@/lib/rate-limit";
import { similarQuestionLimits } from "@/lib/read-limits";

export const dynamic = "force-dynamic";

/** Published questions like a title being typed (public data only), for "support this instead". */
export const GET = withErrorResponses(async (request: Request) => {
  const actor = await getActor();
  await consumeRateLimits(similarQuestionLimits(clientIp(request.headers), actor?.id ?? null));
  const title = new URL(request.url).searchParams.get("title") ?? "";
  const questions = await findSimilarQuestions(stripControlCharacters(title).slice(0, 140));
  return Response.json({ questions }, { headers: { "Cache-Control": "no-store" } });
});
