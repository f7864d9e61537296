"use client";

import { useEffect, useState } from "react";
import { characterCountMessage } from "./character-count-message";

/** How long typing pauses before a screen reader hears the count: not on every key (GOV.UK waits about a second). */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * The GOV.UK character count below a field with a limit. The field is described by the limit ("You can enter up to
 * 140 characters"); the count is shown as it changes, and read out politely once typing pauses; over the limit it
 * turns red and bold and says how many too many.
 */
export function CharacterCount({ id, length, limit }: { id?: string; length: number; limit: number }) {
  const message = characterCountMessage(length, limit);
  // Nothing is read out on arrival (the description already gives the limit), only once the person types.
  const [initialMessage] = useState(message);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(
      () => setAnnounced((previous) => (previous || message !== initialMessage ? message : previous)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [message, initialMessage]);
  return (
    <>
      <p id={id} className="sr-only">
        You can enter up to {limit.toLocaleString("en-GB")} characters
      </p>
      <p aria-hidden="true" className={`mt-1 text-base ${length > limit ? "font-bold text-danger" : "text-muted"}`}>
        {message}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </>
  );
}
