import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { listPendingAgeBandRequests } from "@/lib/accounts/age-band-requests/queries";
import { ageBandRequestPageSchema } from "@/lib/accounts/age-band-requests/schemas";
import { ageBandLabel } from "@/lib/accounts/profile/options";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Age group change requests" };

type Props = { searchParams: Promise<{ after?: string; decided?: string }> };

export default async function AgeBandRequestsPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/moderation/age-band-requests");
  if (!can(actor, "moderation.decideAgeBandChange")) forbidden();
  const params = await searchParams;
  const { after } = ageBandRequestPageSchema.parse(params);
  const { requests, next } = await listPendingAgeBandRequests(after);
  return (
    <div className="max-w-4xl">
      {params.decided === "approve" || params.decided === "decline" ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">
            {params.decided === "approve"
              ? "Approved. Their age group has changed and we have emailed them."
              : "Declined. We have emailed them your reason."}
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl">Age group change requests</h1>
      <p className="mb-4">
        People under 18, and people who have not said their age, get extra protection: a moderator checks their posts
        before they appear. To move into an adult age group they ask here, so that a child cannot switch the protection
        off by themselves. Moving into an under-18 group, or between adult groups, happens at once.
      </p>
      <p className="mb-6">
        Approve when you have good reason to believe the person is the age they say, for example they told you at an
        event or through their school. If in doubt, decline and say how they can show it.
      </p>
      {requests.length === 0 ? (
        <p>{after ? "There are no more requests." : "There are no requests waiting for a moderator."}</p>
      ) : (
        <table className="mb-6 w-full border-collapse text-left">
          <caption className="sr-only">Requests waiting for a moderator, oldest first</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Public name
              </th>
              <th scope="col" className="py-2 pr-4">
                From
              </th>
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2 pr-4">
                Asked
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Decision</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id} className="border-b border-line">
                <td className="py-2 pr-4">{request.displayName}</td>
                <td className="py-2 pr-4">{ageBandLabel(request.fromBand)}</td>
                <td className="py-2 pr-4">{ageBandLabel(request.toBand)}</td>
                <td className="py-2 pr-4">{formatDate(request.createdAt)}</td>
                <td className="py-2">
                  <Link href={`/moderation/age-band-requests/${request.id}`}>
                    Decide<span className="sr-only"> on the request from {request.displayName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p>
          <Link href={`/moderation/age-band-requests?after=${encodeURIComponent(next)}`}>Next requests</Link>
        </p>
      ) : null}
    </div>
  );
}
