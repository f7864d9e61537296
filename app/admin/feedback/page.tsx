import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listFeedback } from "@/lib/feedback/queries";
import { feedbackPageSchema, feedbackTopicLabel } from "@/lib/feedback/schemas";
import { formatDateTime } from "@/lib/format";
import { markFeedbackDealtWithAction } from "./actions";

export const metadata = { title: "Feedback" };

export default async function AdminFeedbackPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/feedback");
  if (!can(actor, "feedback.manage")) forbidden();
  const { after } = feedbackPageSchema.parse(await searchParams);
  const { items, nextCursor } = await listFeedback(actor, after);

  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-4xl">Feedback</h1>
      <p className="mb-8">
        Messages sent through the <Link href="/contact">contact page</Link>, newest first. Mark one as dealt with once
        it has been answered or acted on.
      </p>
      {items.length ? (
        <ol className="mb-8 space-y-6">
          {items.map((item) => (
            <li key={item.id} className="border-b border-line pb-6">
              <h2 className="mb-1 text-xl">{feedbackTopicLabel(item.topic)}</h2>
              <p className="mb-2 text-base text-muted">
                Sent {formatDateTime(item.createdAt)}. From {item.name ?? "someone who gave no name"}
                {item.senderId ? " (signed in)" : ""}.{" "}
                {item.email ? (
                  <>
                    Reply to <a href={`mailto:${item.email}`}>{item.email}</a>.
                  </>
                ) : (
                  "No email address given."
                )}
              </p>
              <p className="mb-3 whitespace-pre-line">{item.message}</p>
              {item.dealtWithAt ? (
                <p className="font-bold">
                  Dealt with on {formatDateTime(item.dealtWithAt)}
                  {item.dealtWithBy ? ` by ${item.dealtWithBy.displayName}` : ""}.
                </p>
              ) : (
                <AccountActionButton
                  action={markFeedbackDealtWithAction}
                  variant="secondary"
                  fields={{ feedbackId: item.id }}
                >
                  Mark as dealt with
                  <span className="sr-only">
                    {" "}
                    ({`${feedbackTopicLabel(item.topic)}, ${formatDateTime(item.createdAt)}`})
                  </span>
                </AccountActionButton>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-8">{after ? "There are no older messages." : "No one has sent a message yet."}</p>
      )}
      <nav aria-label="Pages of feedback" className="flex gap-6">
        {after ? <Link href="/admin/feedback">Newest messages</Link> : null}
        {nextCursor ? (
          <Link href={`/admin/feedback?after=${encodeURIComponent(nextCursor)}`}>Older messages</Link>
        ) : null}
      </nav>
    </div>
  );
}
