"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useOptimistic, useRef, useState, useTransition } from "react";
import type { FollowResult } from "@/lib/follows/schemas";
import type { SupportResult } from "@/lib/questions/schemas";

type Viewer = "visitor" | "unverified" | "author" | "participant";

function describeCount(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "supporter" : "supporters"}`;
}

/**
 * Support responds at once (optimistic) and then shows what the server holds. Each press sets a state,
 * "support" or "withdraw", so a double press cannot undo itself.
 */
export function SupportButton({
  questionId,
  title,
  initialCount,
  initialSupported,
  viewer,
  setSupport,
  follow,
}: {
  questionId: string;
  title: string;
  initialCount: number;
  initialSupported: boolean;
  viewer: Viewer;
  setSupport: (questionId: string, supported: boolean) => Promise<SupportResult>;
  /** Whether the person follows the question, so a new supporter can be offered to follow it. */
  follow?: {
    following: boolean;
    setFollowing: (questionId: string, following: boolean) => Promise<FollowResult>;
  };
}) {
  const router = useRouter();
  const [server, setServer] = useState({ count: initialCount, supported: initialSupported });
  const [optimistic, setOptimistic] = useOptimistic(
    server,
    (_current, next: { count: number; supported: boolean }) => next,
  );
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Offered once the person has just supported (not on every visit), and only while they do not follow it.
  const [offerFollow, setOfferFollow] = useState(false);
  const [followPending, startFollow] = useTransition();
  const statusRef = useRef<HTMLParagraphElement>(null);

  const acceptFollow = () => {
    if (!follow || followPending) return;
    startFollow(async () => {
      const result = await follow.setFollowing(questionId, true);
      setOfferFollow(false);
      // The pressed button goes away: keep the keyboard user's place on the message that replaces it.
      statusRef.current?.focus();
      setMessage(
        result.ok
          ? "You follow this question. We will tell you when it is answered or its status changes."
          : result.message,
      );
      // The follow button elsewhere on the page shows the new state.
      if (result.ok) router.refresh();
    });
  };

  const press = () => {
    // Waiting for the last answer: the button keeps its focus (aria-disabled, not disabled) but does nothing.
    if (pending) return;
    const want = !optimistic.supported;
    setMessage(null);
    startTransition(async () => {
      setOptimistic({ supported: want, count: Math.max(0, optimistic.count + (want ? 1 : -1)) });
      const result = await setSupport(questionId, want);
      if (result.ok) {
        setServer({ count: result.supportCount, supported: result.supported });
        setMessage(result.supported ? "You support this question." : "You no longer support this question.");
        setOfferFollow(result.supported && follow !== undefined && !follow.following);
      } else {
        setMessage(result.message);
      }
    });
  };

  return (
    <div>
      <p className="mb-2 text-2xl font-bold" aria-live="polite">
        {describeCount(optimistic.count)}
      </p>
      {viewer === "participant" ? (
        <>
          <button
            type="button"
            onClick={press}
            aria-pressed={optimistic.supported}
            aria-describedby={`support-help-${questionId}`}
            // One string, so the name reads "Supported: <title>"; a visually hidden span for the title was read with
            // a space before the colon, because a positioned span counts as a separate block in the name.
            aria-label={`${optimistic.supported ? "Supported" : "Support this question"}: ${title}`}
            aria-disabled={pending}
            className={`min-h-11 px-5 py-2 font-bold ${optimistic.supported ? "border-2 border-success bg-paper text-success" : "bg-success text-white hover:bg-success-dark"}`}
          >
            {optimistic.supported ? "Supported" : "Support this question"}
          </button>
          <p id={`support-help-${questionId}`} className="mt-2 text-base text-muted">
            {optimistic.supported
              ? "Press again to withdraw your support."
              : "Supporting tells the partners this matters to you."}
          </p>
        </>
      ) : viewer === "author" ? (
        <p className="text-base">You asked this question, so you cannot support it yourself. Share it so others can.</p>
      ) : viewer === "unverified" ? (
        <p className="text-base">
          <Link href="/account">Confirm your email address</Link> to support questions.
        </p>
      ) : (
        <p className="text-base">
          <Link href={`/sign-in?returnTo=${encodeURIComponent(`/questions/${questionId}`)}`}>
            Sign in to support this question
          </Link>
        </p>
      )}
      <p ref={statusRef} tabIndex={-1} role="status" className="mt-2 min-h-6 text-base font-bold">
        {message}
      </p>
      {offerFollow && follow && !follow.following ? (
        <div className="mt-2">
          <p className="mb-2 text-base">Would you like to hear when it is answered or its status changes?</p>
          <button
            type="button"
            onClick={acceptFollow}
            aria-disabled={followPending}
            className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 font-bold text-ink hover:bg-button-secondary-hover"
          >
            Follow this question
          </button>
        </div>
      ) : null}
    </div>
  );
}
