"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import type { FollowResult } from "@/lib/follows/schemas";

/**
 * Follow or stop following a question. Each press sets a state ("follow" or "stop following"), so a double
 * press cannot undo itself. The page is refreshed afterwards so the support area agrees, and a state the page
 * brings from the server is taken up.
 */
export function FollowButton({
  questionId,
  title,
  initialFollowing,
  setFollowing,
}: {
  questionId: string;
  title: string;
  initialFollowing: boolean;
  setFollowing: (questionId: string, following: boolean) => Promise<FollowResult>;
}) {
  const router = useRouter();
  const [following, setServerFollowing] = useState(initialFollowing);
  // The page refreshed with a new state from the server (the support area's offer to follow): show it.
  const [shownInitial, setShownInitial] = useState(initialFollowing);
  if (initialFollowing !== shownInitial) {
    setShownInitial(initialFollowing);
    setServerFollowing(initialFollowing);
  }
  const [optimistic, setOptimistic] = useOptimistic(following, (_current, next: boolean) => next);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const press = () => {
    if (pending) return;
    const want = !optimistic;
    setMessage(null);
    startTransition(async () => {
      setOptimistic(want);
      const result = await setFollowing(questionId, want);
      if (result.ok) {
        setServerFollowing(result.following);
        setMessage(
          result.following
            ? "You follow this question. We will tell you when it is answered or its status changes."
            : "You no longer follow this question.",
        );
        router.refresh();
      } else {
        setMessage(result.message);
      }
    });
  };

  return (
    <div>
      <button
        type="button"
        onClick={press}
        aria-pressed={optimistic}
        aria-describedby={`follow-help-${questionId}`}
        aria-label={`${optimistic ? "Following" : "Follow"}: ${title}`}
        aria-disabled={pending}
        className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 font-bold text-ink hover:bg-button-secondary-hover"
      >
        {optimistic ? "Following" : "Follow"}
      </button>
      <p id={`follow-help-${questionId}`} className="mt-2 text-base text-muted">
        {optimistic
          ? "Press again to stop following. You will no longer hear about this question."
          : "Follow to hear when this question is answered or its status changes."}
      </p>
      <p role="status" className="mt-2 min-h-6 text-base font-bold">
        {message}
      </p>
    </div>
  );
}
