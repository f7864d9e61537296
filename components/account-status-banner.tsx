import Link from "next/link";
import { WHILE_SUSPENDED, suspensionSummary } from "@/lib/accounts/copy";
import type { Suspension } from "@/lib/auth/actor";

/**
 * On every page while the person is suspended: that they are, why and until when, and what they can still do.
 * Write forms still show, and a submission is refused with the same words.
 */
export function AccountStatusBanner({ suspension }: { suspension: Suspension | null }) {
  if (!suspension) return null;
  return (
    <div role="region" aria-label="Your account is suspended" className="border-b-4 border-danger bg-paper">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <p className="mb-1 font-bold">{suspensionSummary(suspension)}</p>
        <p>
          {WHILE_SUSPENDED} You can <Link href="/account">download your data or delete your account</Link> from your
          account page. If you think this is a mistake, <Link href="/contact">contact the CSES team</Link>.
        </p>
      </div>
    </div>
  );
}
