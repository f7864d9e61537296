import type { Metadata } from "next";
import { ukToday } from "@/lib/commitments/today";
import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { OfficialResponse } from "@/components/questions/official-response";
import { StatusTag } from "@/components/questions/status-tag";
import { StatusTimeline } from "@/components/questions/status-timeline";
import { ThemeList } from "@/components/questions/theme-list";
import { formatDate, plural } from "@/lib/format";
import { getQuestionDetail, getRemovedQuestionNotice } from "@/lib/questions/queries";
import { listQuestionComments } from "@/lib/comments/queries";
import { COMMENT_NOTICES, isCommentNotice } from "@/lib/comments/notices";
import { getModeratorView } from "@/lib/moderation/queries";
import { getActor } from "@/lib/auth/actor";
import { worksOnQuestions, offersForm } from "@/lib/auth/permissions";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { DecisionForAuthorDetails, decisionTitle } from "@/components/moderation/decision-for-author";
import { getOwnQuestionDecision } from "@/lib/moderation/appeals/queries";
import { getSignpostingLinks } from "@/lib/settings/queries";
import { SupportButton } from "@/components/questions/support-button";
import { ModeratorView } from "@/components/questions/moderator-view";
import { setFollowingAction, setSupportAction } from "../actions";
import { FollowButton } from "@/components/questions/follow-button";
import { shownState, shownStateDescription } from "@/lib/questions/status";
import { SpeakerName } from "@/components/questions/speaker-name";
import { PageNotFound, PAGE_NOT_FOUND_METADATA } from "@/components/layout/page-not-found";
import { RemovedQuestion } from "./removed-question";
import { CommentsSection } from "@/components/comments/comments-section";
import { postCommentAction } from "./comments/actions";
import { QuestionCommitments } from "@/components/commitments/question-commitments";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asked?: string; edited?: string; comments?: string; comment?: string; appealed?: string }>;
};

async function load(id: string) {
  const actor = await getActor();
  return { actor, question: await getQuestionDetail(id, actor) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { question } = await load(id);
  if (question) return { title: question.title };
  // Both reads are cached per request (React cache), so the page below repeats neither.
  if (await getRemovedQuestionNotice(id)) return { title: "This question was removed", robots: { index: false } };
  return PAGE_NOT_FOUND_METADATA;
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { actor, question } = await load(id);
  if (!question) {
    // A removed question says so, and why, to those who may no longer open it; anything else is not found.
    const removed = await getRemovedQuestionNotice(id);
    if (removed) return <RemovedQuestion reason={removed.reason} />;
    // Rendered here rather than by notFound(): in a production build Next answers a notFound() thrown by a page
    // with an empty document (<html id="__next_error__">, an empty <body>, the not-found markup only in the
    // script payload; vercel/next.js#98295, #98954), so without JavaScript, or when the scripts fail, people
    // saw a blank white page. Next has no other way for a page to set a 404 status, so this answers 200 with
    // robots noindex (generateMetadata): a whole page for people, and still nothing for search engines to keep.
    return <PageNotFound />;
  }
  const { asked, edited, comments: commentsCursor, comment: commentNotice, appealed } = await searchParams;
  // Each audience's read returns null for everyone else, so what is not theirs never reaches the page. The
  // decision on a post is only ever its author's, and only while it is not published: nobody else pays a query.
  const [moderatorView, comments, ownDecision] = await Promise.all([
    getModeratorView(question.id, actor),
    listQuestionComments(question.id, actor, commentsCursor),
    question.viewer.isAuthor && !question.published ? getOwnQuestionDecision(question.id, actor) : null,
  ]);
  // The help lines are read only for the one banner that lists them: an author's post hidden for safeguarding.
  const signposting = ownDecision?.decision.cause === "safeguarding" ? await getSignpostingLinks() : null;
  const following = question.viewer.following;
  const follow = offersForm(actor, "question.follow") && question.published && question.status !== "merged";
  const viewer = !actor
    ? "visitor"
    : question.viewer.isAuthor
      ? "author"
      : offersForm(actor, "question.support")
        ? "participant"
        : "unverified";

  return (
    <div className="max-w-3xl">
      {asked === "1" && question.published ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your question has been published. Share it so others can support it.</p>
        </NotificationBanner>
      ) : null}
      {edited === "1" && question.published ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your changes have been saved.</p>
        </NotificationBanner>
      ) : null}
      {isCommentNotice(commentNotice) ? (
        <NotificationBanner
          title={COMMENT_NOTICES[commentNotice].title}
          tone={commentNotice === "held" ? "info" : "success"}
        >
          <p className="font-bold">{COMMENT_NOTICES[commentNotice].text}</p>
        </NotificationBanner>
      ) : null}
      {appealed === "question" || appealed === "comment" ? (
        <FocusedSuccessBanner
          title="Appeal sent"
          message={`Your appeal has been sent. A different moderator will look at your ${appealed} again, and we will let you know what they decide.`}
        />
      ) : null}
      {ownDecision ? (
        <NotificationBanner title={decisionTitle(ownDecision.decision)}>
          <DecisionForAuthorDetails
            decision={ownDecision.decision}
            post={{ kind: "question", questionId: question.id, commentId: null }}
            duplicateOf={ownDecision.duplicateOf}
            signposting={signposting}
          />
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-3xl break-words sm:text-4xl">{question.title}</h1>
      <p className="mb-4 text-base text-muted">
        Asked by <SpeakerName speaker={question.author} />
        {question.publishedAt ? (
          <>
            {" "}
            on <time dateTime={question.publishedAt.toISOString()}>{formatDate(question.publishedAt)}</time>
          </>
        ) : null}
      </p>
      <ThemeList themes={question.themes} district={question.district} />
      {question.viewer.editability.allowed ? (
        <p className="mt-4">
          <Link prefetch={false} href={`/questions/${question.id}/edit`}>
            Change your question
          </Link>{" "}
          <span className="text-base text-muted">(you can until a partner organisation starts work on it)</span>
        </p>
      ) : null}

      <dl className="my-6 grid gap-4 border-y border-line py-4 sm:grid-cols-2">
        <div>
          <dt className="text-base text-muted">Status</dt>
          <dd className="mt-1">
            {/* One state: a held question is waiting for a moderator, not also open for a partner. */}
            <StatusTag state={shownState(question)} />
            <span className="mt-1 block text-base">{shownStateDescription(shownState(question))}</span>
          </dd>
        </div>
        <div>
          <dt className="text-base text-muted">Support</dt>
          <dd className="mt-1">
            {question.takesSupport ? (
              <SupportButton
                questionId={question.id}
                title={question.title}
                initialCount={question.supportCount}
                initialSupported={question.viewer.supports}
                viewer={viewer}
                setSupport={setSupportAction}
                follow={follow ? { following, setFollowing: setFollowingAction } : undefined}
              />
            ) : (
              <span className="text-2xl font-bold">{plural(question.supportCount, "supporter")}</span>
            )}
          </dd>
        </div>
        {follow ? (
          <div>
            <dt className="text-base text-muted">Updates</dt>
            <dd className="mt-1">
              <FollowButton
                questionId={question.id}
                title={question.title}
                initialFollowing={following}
                setFollowing={setFollowingAction}
              />
            </dd>
          </div>
        ) : null}
      </dl>

      {question.mergedInto ? (
        <div className="mb-6 border-l-8 border-brand bg-wash p-4">
          <p>
            This question was merged into{" "}
            <Link prefetch={false} href={`/questions/${question.mergedInto.id}`}>
              {question.mergedInto.title}
            </Link>
            . Follow that question for updates.
          </p>
        </div>
      ) : null}

      {/* Partners work on a question (tags, notes, status) on its triage page, never on this public one. */}
      {worksOnQuestions(actor) && question.published ? (
        <p className="mb-6 border-l-8 border-brand bg-wash p-4">
          <Link prefetch={false} href={`/partner/questions/${question.id}`}>
            Open in the partner inbox
          </Link>
        </p>
      ) : null}
      {moderatorView ? <ModeratorView view={moderatorView} questionId={question.id} /> : null}

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className="sr-only">
          Details
        </h2>
        <Markdown>{question.body}</Markdown>
        {question.published && !question.viewer.isAuthor ? (
          <p className="mt-4 text-base">
            <Link prefetch={false} href={`/questions/${question.id}/report`}>
              Report this question
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="responses-heading" className="mb-10">
        <h2 id="responses-heading" className="mb-4 text-2xl">
          Official responses
        </h2>
        {question.responses.length ? (
          question.responses.map((response) => <OfficialResponse key={response.id} response={response} />)
        ) : (
          <p>
            No partner organisation has answered yet. Every question is passed to a partner, who answers here in public.
          </p>
        )}
      </section>

      <QuestionCommitments commitments={question.commitments} today={ukToday()} />

      <section aria-labelledby="timeline-heading" className="mb-10">
        <h2 id="timeline-heading" className="mb-4 text-2xl">
          What has happened so far
        </h2>
        <StatusTimeline entries={question.timeline} />
      </section>

      <CommentsSection
        questionId={question.id}
        commentCount={question.commentCount}
        page={comments}
        firstPage={!commentsCursor}
        viewer={!actor ? "visitor" : !offersForm(actor, "comment.create") ? "unverified" : "participant"}
        open={question.published}
        postComment={postCommentAction.bind(null, question.id)}
      />
    </div>
  );
}
