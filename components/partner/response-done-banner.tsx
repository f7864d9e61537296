"use client";

import { useSearchParams } from "next/navigation";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";

const MESSAGES: Record<string, string> = {
  published: "Your response is published. The person who asked and the question's followers have been told.",
  edited: "Your changes are saved. The public page shows the response as edited.",
  unchanged: "You did not change the response, so nothing was saved.",
};

/** The banner after publishing or changing a response: the action redirects to the triage page with ?response=…. */
export function ResponseDoneBanner() {
  const outcome = useSearchParams().get("response");
  const message = outcome ? MESSAGES[outcome] : undefined;
  return message ? <FocusedSuccessBanner message={message} /> : null;
}
