import Link from "next/link";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/accounts/profile-form";
import { getActor } from "@/lib/auth/actor";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { hasChildProtections, isUnderEighteenBand } from "@/lib/accounts/age";
import { latestAgeBandRequestOf } from "@/lib/accounts/age-band-requests/queries";
import { ageBandLabel } from "@/lib/accounts/profile/options";
import { getOwnNameRequest, getOwnProfile } from "@/lib/accounts/profile/queries";
import { houseRule, houseRuleHref, houseRuleLabel } from "@/lib/moderation/house-rules";
import { listDistricts } from "@/lib/reference/queries";
import { updateProfileAction } from "./actions";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/profile");
  const [saved, districts, ageBandRequest, nameRequest] = await Promise.all([
    getOwnProfile(actor.id),
    listDistricts(),
    latestAgeBandRequestOf(actor.id),
    getOwnNameRequest(actor.id),
  ]);
  const protectedAccount = hasChildProtections(actor);
  const rejectedRule = houseRule(nameRequest.lastRejection?.rule);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Your profile</h1>
      {ageBandRequest?.state === "pending" ? (
        <NotificationBanner title="Waiting for a moderator">
          <p>
            You asked to change your age group to &quot;{ageBandLabel(ageBandRequest.toBand)}&quot;. A moderator will
            decide and we will email you. Until then your age group stays as it is.
          </p>
        </NotificationBanner>
      ) : ageBandRequest?.state === "declined" ? (
        <NotificationBanner title="Your age group was not changed">
          <p>
            A moderator did not change your age group to &quot;{ageBandLabel(ageBandRequest.toBand)}&quot;. Their
            reason: {ageBandRequest.reason}
          </p>
        </NotificationBanner>
      ) : null}
      {nameRequest.pendingName ? (
        <NotificationBanner title="Your new public name is waiting">
          <p>
            Your new public name &quot;{nameRequest.pendingName}&quot; is waiting for a moderator. Until they decide,
            everyone sees your current name, &quot;{saved.displayName}&quot;.
          </p>
        </NotificationBanner>
      ) : null}
      {nameRequest.lastRejection ? (
        <NotificationBanner title="Your last new public name was not accepted">
          {rejectedRule ? (
            <p>
              A moderator turned it down under{" "}
              <Link href={houseRuleHref(rejectedRule)}>{houseRuleLabel(rejectedRule)}</Link>.
            </p>
          ) : (
            <p>A moderator turned it down.</p>
          )}
          {nameRequest.lastRejection.reason ? (
            <p className="mt-2">Their reason: {nameRequest.lastRejection.reason}</p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <ProfileForm
        action={updateProfileAction}
        saved={saved}
        districts={districts}
        hasChildProtections={protectedAccount}
        nameLocked={isUnderEighteenBand(actor.ageBand)}
      />
    </div>
  );
}
