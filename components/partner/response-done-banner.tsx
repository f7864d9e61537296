"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";

const MESSAGES: Record<string, string> = {
  published: "Your response is published. The person who asked and the question's followers have been told.",
  edited: "Your changes are saved. The public page shows the response as edited.",
  unchanged: "You did not change the response, so nothing was saved.",
};

/**
 * The success banner after publishing or changing a response (the action redirects here with ?response=…):
 * focused on arrival and announced, so a keyboard or screen reader user knows it worked.
 */
export function ResponseDoneBanner() {
  const outcome = useSearchParams().get("response");
  const message = outcome ? MESSAGES[outcome] : undefined;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
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
