import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { CoolDownForm, PersonButtonForm, SuspendForm } from "@/components/moderation/suspension-forms";
import { ageBandLabel, PLATFORM_ROLES } from "@/lib/accounts/profile/options";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDate, plural } from "@/lib/format";
import { describeEnd } from "@/lib/accounts/copy";
import { accountActionAccess } from "@/lib/suspensions/policy";
import { getPersonForModeration } from "@/lib/suspensions/queries";
import { PERSON_PAGE_NOTICES, personPageSchema } from "@/lib/suspensions/schemas";
import { endCoolDownAction, liftSuspensionAction, setCoolDownAction, suspendAccountAction } from "../actions";

type Props = {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metadata = { title: "A person’s account" };
  const { userId } = await params;
  const actor = await getActor();
  if (!actor || !can(actor, "moderation.suspend")) return metadata;
  return metadataIfFound(z.uuid().safeParse(userId).success && (await getPersonForModeration(userId, actor)), metadata);
}

export default async function ModerationPersonPage({ params, searchParams }: Props) {
  const { userId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(`/moderation/people/${userId}`)}`);
  if (!can(actor, "moderation.suspend")) forbidden();
  const person = z.uuid().safeParse(userId).success ? await getPersonForModeration(userId, actor) : null;
  if (!person) return <PageNotFound />;
  const { done } = personPageSchema.parse(await searchParams);
  const access = accountActionAccess(actor, { id: person.id, platformRole: person.platformRole, deleted: false });
  return (
    <div className="max-w-3xl">
      {done ? <FocusedSuccessBanner message={PERSON_PAGE_NOTICES[done]} /> : null}
      <p className="mb-4">
        <Link href="/moderation/people">Find another person</Link>
      </p>
      <h1 className="mb-6 text-4xl">{person.displayName}</h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Role</dt>
        <dd>
          {PLATFORM_ROLES.find((role) => role.value === person.platformRole)?.label}
          {person.isPartner ? ", member of a partner organisation" : ""}
        </dd>
        <dt className="font-bold">Age group</dt>
        <dd>{ageBandLabel(person.ageBand)}</dd>
        {person.email ? (
          <>
            <dt className="font-bold">Email address</dt>
            <dd>{person.email}</dd>
          </>
        ) : null}
        <dt className="font-bold">Joined</dt>
        <dd>{formatDate(person.createdAt)}</dd>
        <dt className="font-bold">Posts</dt>
        <dd>
          {plural(person.posts.questions, "question")} and {plural(person.posts.comments, "comment")}:{" "}
          {person.posts.held} waiting for a moderator, {person.posts.rejected} rejected, {person.posts.hidden} hidden
        </dd>
        <dt className="font-bold">Open reports</dt>
        <dd>{plural(person.openReports, "open report")} against their posts</dd>
        <dt className="font-bold">Suspension</dt>
        <dd>
          {person.suspension
            ? `Suspended ${person.suspension.until ? `until ${describeEnd(person.suspension.until)}` : "until lifted"}. Reason: ${person.suspension.reason}`
            : "Not suspended"}
        </dd>
        <dt className="font-bold">Cool-down</dt>
        <dd>
          {person.postsHeldUntil
            ? `Every post waits for a moderator until ${describeEnd(person.postsHeldUntil)}`
            : "None"}
        </dd>
      </dl>

      {access.allowed ? (
        <>
          <h2 className="mb-4 text-3xl">{person.suspension ? "Suspension" : "Suspend their account"}</h2>
          {person.suspension ? (
            <PersonButtonForm action={liftSuspensionAction} userId={person.id} label="Lift the suspension" />
          ) : (
            <>
              <p className="mb-4">
                While suspended they can still sign in, read, download their data and delete their account. Everything
                else is refused, with your reason, from their next page.
              </p>
              <SuspendForm action={suspendAccountAction} userId={person.id} />
            </>
          )}
          <h2 className="mb-4 text-3xl">Cool-down</h2>
          {person.postsHeldUntil ? (
            <PersonButtonForm action={endCoolDownAction} userId={person.id} label="End the cool-down" />
          ) : null}
          <CoolDownForm action={setCoolDownAction} userId={person.id} />
        </>
      ) : (
        <p className="mb-8">{access.reason}</p>
      )}
    </div>
  );
}
