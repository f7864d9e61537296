"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

const MESSAGES: Record<string, string> = {
  published: "Your response is published. The person who asked and the question's followers have been told.",
  edited: "Your changes are saved. The public page shows the response as edited.",
  unchanged: "You did not change the response, so nothing was saved.",
};

/**
 * A success banner that takes focus when it appears, so a keyboard or screen reader user, just sent here by the
 * action they took, lands on the news that it worked (and hears it).
 */
export function FocusedSuccessBanner({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label="Success"
      className="mb-6 border-4 border-success focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <p className="bg-success px-4 py-1 font-bold text-white">Success</p>
      <p className="px-4 py-3 font-bold">{message}</p>
    </div>
  );
}

/** The banner after publishing or changing a response: the action redirects to the triage page with ?response=…. */
export function ResponseDoneBanner() {
  const outcome = useSearchParams().get("response");
  const message = outcome ? MESSAGES[outcome] : undefined;
  return message ? <FocusedSuccessBanner message={message} /> : null;
}
