import Link from "next/link";
import type { FormAction } from "@/lib/form-state";
import type { AppealPage } from "@/lib/moderation/appeals/queries";
import type { SignpostingLink } from "@/lib/settings/signposting";
import { AppealForm } from "./appeal-form";
import { DecisionForAuthorDetails } from "./decision-for-author";

/**
 * The appeal page of a question or a comment (GOV.UK one thing per page): what was decided and why, then the one
 * question, or why it cannot be appealed (already appealed, not a moderator's decision, email not confirmed).
 */
export function AppealPageView({
  page,
  backHref,
  confirmed,
  action,
  signposting,
}: {
  page: AppealPage;
  backHref: string;
  /** The person may appeal at all (signed in with a confirmed email, not suspended). */
  confirmed: boolean;
  action: FormAction;
  /** The help lines, listed when the post was hidden for safeguarding. */
  signposting: readonly SignpostingLink[];
}) {
  const what = page.kind;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={backHref}>Back to your {what}</Link>
      </p>
      <h1 className="mb-6 text-4xl">Appeal the decision about your {what}</h1>
      <div className="mb-6 border-l-4 border-line bg-wash p-4">
        {what === "comment" ? (
          <>
            <p className="mb-2 text-base text-muted">Your comment, on “{page.questionTitle}”:</p>
            <blockquote className="mb-4 break-words whitespace-pre-line">{page.commentBody}</blockquote>
          </>
        ) : (
          <>
            <p className="mb-2 text-base text-muted">Your question:</p>
            <p className="mb-4 font-bold break-words">{page.questionTitle}</p>
          </>
        )}
        <h2 className="mb-2 text-xl">What was decided and why</h2>
        <DecisionForAuthorDetails
          decision={page.decision}
          post={{ kind: what, questionId: page.questionId, commentId: page.commentId }}
          duplicateOf={page.duplicateOf}
          appealLink={false}
          signposting={signposting}
        />
      </div>
      {!page.eligibility.allowed ? (
        <p className="mb-4">{page.eligibility.reason}</p>
      ) : !confirmed ? (
        <p className="mb-4">
          <Link href="/account">Confirm your email address</Link> before you appeal. We sent you a link when you created
          your account.
        </p>
      ) : (
        <>
          <p className="mb-6">
            A different moderator will read your appeal and look at your {what} again against the{" "}
            <Link href="/house-rules">house rules</Link>. You can appeal once. We will tell you what they decide.
          </p>
          <AppealForm action={action} />
        </>
      )}
    </div>
  );
}
