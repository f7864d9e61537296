import Link from "next/link";
import type { EmailDelivery } from "@/lib/generated/prisma/enums";
import { EMAIL_KINDS, type EmailKind } from "@/lib/notifications/kinds";
import { EMAIL_KIND_LABELS, emailDeliveryLabel } from "@/lib/notifications/email/options";

/** The "Emails" section of the account page: what is set, and a link to change it. States facts, never nudges. */
export function EmailSettingsSummary({
  settings,
}: {
  settings: { optedIn: boolean; kinds: Record<EmailKind, EmailDelivery> };
}) {
  return (
    <>
      <h2 className="mb-3 text-2xl">Emails</h2>
      <dl className="mb-4 divide-y divide-line border-y border-line">
        {settings.optedIn ? (
          EMAIL_KINDS.map((kind) => (
            <div key={kind} className="grid gap-1 py-3 sm:grid-cols-3">
              <dt className="font-bold">{EMAIL_KIND_LABELS[kind]}</dt>
              <dd className="sm:col-span-2">{emailDeliveryLabel(settings.kinds[kind])}</dd>
            </div>
          ))
        ) : (
          <div className="grid gap-1 py-3 sm:grid-cols-3">
            <dt className="font-bold">Emails about activity</dt>
            <dd className="sm:col-span-2">Off</dd>
          </div>
        )}
      </dl>
      <p className="mb-10">
        <Link href="/account/emails">
          Change<span className="sr-only"> your email settings</span>
        </Link>
      </p>
    </>
  );
}
