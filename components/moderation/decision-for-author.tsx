import Link from "next/link";
import { formatDate } from "@/lib/format";
import { appealPath, type AppealProgress, type DecisionForAuthor } from "@/lib/moderation/appeals/decision";
import { houseRuleHref, houseRuleLabel } from "@/lib/moderation/house-rules";
import { SCREENING_RULE_FOR_AUTHOR } from "@/lib/moderation/screening-rules";
import type { SignpostingLink } from "@/lib/settings/signposting";
import { SignpostingLinks } from "./signposting-links";

// What the author of a post reads about the decision on it, on the question page (in a banner), under their own
// comment, and in their list of questions. Only ever rendered for the author: the reads that feed it return
// nothing to anyone else.

type Post = { kind: "question" | "comment"; questionId: string; commentId: string | null };

/** The decision in a few words: the banner's title, or the label above a comment's details. */
export function decisionTitle(decision: DecisionForAuthor): string {
  switch (decision.cause) {
    case "held":
      return "Waiting for a moderator";
    case "reports":
      return "Hidden while a moderator checks it";
    case "safeguarding":
      return "Hidden by a moderator";
    case "moderator":
      return decision.state === "rejected" ? "Not published" : "Hidden by a moderator";
  }
}

function AppealState({ appeal }: { appeal: AppealProgress }) {
  const sent = <time dateTime={appeal.sentAt.toISOString()}>{formatDate(appeal.sentAt)}</time>;
  return (
    <div className="mt-3">
      <p className="font-bold">
        {appeal.state === "waiting" ? (
          <>You appealed on {sent}. Your appeal is waiting for a different moderator.</>
        ) : appeal.state === "upheld" ? (
          <>You appealed on {sent}. A different moderator looked again and kept the decision.</>
        ) : (
          <>You appealed on {sent}. A different moderator looked again and changed the decision.</>
        )}
      </p>
      {appeal.note ? <p className="mt-1 break-words whitespace-pre-line">Their note: {appeal.note}</p> : null}
    </div>
  );
}

/** The details of the decision: why it waits, or the rule, the moderator's words, the appeal. */
export function DecisionForAuthorDetails({
  decision,
  post,
  duplicateOf = null,
  appealLink = true,
  signposting,
}: {
  decision: DecisionForAuthor;
  post: Post;
  duplicateOf?: { id: string; title: string } | null;
  /** Off on the appeal page itself. */
  appealLink?: boolean;
  /**
   * The help lines (lib/settings/queries.ts getSignpostingLinks), listed under a post hidden for safeguarding; null
   * where the details are a short note (under a comment, in a list), which links to them on the house rules.
   */
  signposting: readonly SignpostingLink[] | null;
}) {
  const yours = post.kind === "question" ? "your question" : "your comment";
  switch (decision.cause) {
    case "held":
      return (
        <>
          <p>
            A moderator will check {yours} before it is published. This usually takes a working day. Until then only you
            can see it.
          </p>
          {decision.screeningRules.length ? (
            <>
              <p className="mt-2">It is waiting because:</p>
              <ul className="mt-1 list-disc pl-6">
                {decision.screeningRules.map((rule) => (
                  <li key={rule}>{SCREENING_RULE_FOR_AUTHOR[rule]}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="mt-2">
            <Link href="/house-rules#why-posts-wait">Why posts wait for a moderator</Link>
          </p>
        </>
      );
    case "reports":
      return (
        <>
          <p>
            {post.kind === "question" ? "Your question" : "Your comment"} is hidden while a moderator checks reports
            about it. Several people reported it, so we hid it until a moderator has looked.
          </p>
          <p className="mt-2">
            The moderator will either publish it again or tell you which of the{" "}
            <Link href="/house-rules">house rules</Link> it breaks. We will let you know.
          </p>
        </>
      );
    case "safeguarding":
      return (
        <>
          <p>A moderator has hidden this post.</p>
          {signposting ? (
            <>
              <p className="mt-2">
                If something is worrying you, talk to someone you trust, like a parent, carer or teacher. You can also
                contact:
              </p>
              <SignpostingLinks links={signposting} />
            </>
          ) : (
            <p className="mt-2">
              If something is worrying you, talk to someone you trust, like a parent, carer or teacher, or see{" "}
              <Link href="/house-rules#who-can-help">who else you can talk to</Link>.
            </p>
          )}
        </>
      );
    case "moderator":
      return (
        <>
          <p>
            {decision.state === "rejected"
              ? `A moderator did not publish ${yours}.`
              : `A moderator has hidden ${yours}. Only you can see it.`}
          </p>
          {decision.rule ? (
            <p className="mt-2">
              The house rule it breaks: <Link href={houseRuleHref(decision.rule)}>{houseRuleLabel(decision.rule)}</Link>
            </p>
          ) : null}
          {decision.reason ? (
            <p className="mt-2 break-words whitespace-pre-line">The moderator’s words: {decision.reason}</p>
          ) : null}
          {duplicateOf ? (
            <p className="mt-2">
              It asks the same as a question already published:{" "}
              <Link href={`/questions/${duplicateOf.id}`}>{duplicateOf.title}</Link>. You can support that one instead.
            </p>
          ) : null}
          {decision.appeal ? <AppealState appeal={decision.appeal} /> : null}
          {decision.mayAppeal && appealLink ? (
            <p className="mt-3">
              If you think the moderator got it wrong, you can ask a different moderator to look again, once.{" "}
              <Link href={appealPath(post.questionId, post.commentId)}>
                Appeal this decision<span className="sr-only"> about {yours}</span>
              </Link>
            </p>
          ) : null}
        </>
      );
  }
}

/** Under the author's own comment: the decision's title, then its details. */
export function DecisionForAuthorNote({
  decision,
  post,
  duplicateOf = null,
}: {
  decision: DecisionForAuthor;
  post: Post;
  duplicateOf?: { id: string; title: string } | null;
}) {
  return (
    <div className="mt-2 border-l-4 border-brand bg-wash p-3 text-base">
      <p className="mb-1">
        <strong className="inline-block border border-dashed border-ink px-2 py-0.5">{decisionTitle(decision)}</strong>
      </p>
      <DecisionForAuthorDetails decision={decision} post={post} duplicateOf={duplicateOf} signposting={null} />
    </div>
  );
}
