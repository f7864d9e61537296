"use client";

import { useEffect, useRef } from "react";

/**
 * The success banner of a form that stays on its page: it takes focus when it appears, so a keyboard or screen
 * reader user hears what happened and carries on from there rather than from the top of the page.
 */
export function FocusedSuccessBanner({ title = "Success", message }: { title?: string; message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-label={title}
      className="mb-6 border-4 border-success focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <p className="bg-success px-4 py-1 font-bold text-white">{title}</p>
      <p className="px-4 py-3 font-bold">{message}</p>
    </div>
  );
}
