import Link from "next/link";
import { Suspense } from "react";
import { ResponseDoneBanner } from "@/components/partner/response-done-banner";
import { ResponseList } from "@/components/partner/response-list";
import type { Actor } from "@/lib/auth/actor";
import { listTriageResponses } from "@/lib/responses/queries";

/** The responses section of a question's triage page: every organisation's response, and "Write a response". */
export async function ResponsesSection({ questionId, actor }: { questionId: string; actor: Actor }) {
  const responses = await listTriageResponses(questionId, actor);
  return (
    <section aria-labelledby="responses-heading" className="mb-10">
      <h2 id="responses-heading" className="mb-4 text-2xl">
        Official responses
      </h2>
      <Suspense fallback={null}>
        <ResponseDoneBanner />
      </Suspense>
      <ResponseList questionId={questionId} responses={responses} />
      <p>
        <Link href={`/partner/questions/${questionId}/respond`}>
          {responses.length ? "Write another response" : "Write a response"}
        </Link>
      </p>
    </section>
  );
}
