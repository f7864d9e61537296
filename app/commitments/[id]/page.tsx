import type { Metadata } from "next";
import { ukToday } from "@/lib/commitments/today";
import Link from "next/link";
import { CommitmentDetails } from "@/components/commitments/commitment-details";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";

import { getCommitment, mayManage } from "@/lib/commitments/queries";
import { DeliveryConfirmation } from "@/components/commitments/delivery-confirmation";
import { deliveryConfirmation } from "@/lib/delivery-checks/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await getCommitment((await params).id);
  return commitment ? { title: `Commitment: ${commitment.title}` } : PAGE_NOT_FOUND_METADATA;
}

/** One commitment in public: what was promised, how it is going, and what came of it. */
export default async function CommitmentPage({ params }: Props) {
  const { id } = await params;
  const [commitment, actor] = await Promise.all([getCommitment(id), getActor()]);
  // Not notFound(): a production build answers it with an empty page (see app/questions/[id]/page.tsx).
  if (!commitment) return <PageNotFound />;
  const confirmation = commitment.state === "delivered" ? await deliveryConfirmation(commitment.id) : null;
  return (
    <div className="max-w-4xl">
      <p className="mb-4">
        <Link href="/commitments">All commitments</Link>
      </p>
      <span className="mb-2 block text-xl text-muted">Commitment</span>
      <h1 className="mb-6 text-4xl">{commitment.title}</h1>
      {mayManage(actor, commitment) ? (
        <p className="mb-6">
          <Link href={`/partner/commitments/${commitment.id}`}>Update this commitment</Link>
        </p>
      ) : null}
      <CommitmentDetails commitment={commitment} today={ukToday()}>
        {confirmation ? (
          <>
            <DeliveryConfirmation confirmation={confirmation} />
            <p className="-mt-4 mb-8">
              <Link href={`/commitments/${commitment.id}/delivered`}>
                Supported one of these questions? Tell us whether it was delivered
              </Link>
            </p>
          </>
        ) : null}
      </CommitmentDetails>
    </div>
  );
}
