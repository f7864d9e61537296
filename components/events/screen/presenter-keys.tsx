"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { StepResult } from "@/lib/event-console/schemas";

type Step = (eventId: string, direction: "next" | "previous") => Promise<StepResult>;

/** Keys typed into a form control are the person's, not the presenter's. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The presenter's controls on the projector screen, as buttons and as keys (listed on the screen): the next or
 * previous question becomes the one being answered (facilitators only: `step` is null for anyone else), and F puts
 * the screen in full screen and back. Each outcome is announced in a live region.
 */
export function PresenterKeys({
  eventId,
  step,
  screenId,
}: {
  eventId: string;
  step: Step | null;
  /** The element made full screen. */
  screenId: string;
}) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const busy = useRef(false);

  const move = useCallback(
    async (direction: "next" | "previous") => {
      if (!step || busy.current) return;
      busy.current = true;
      try {
        const result = await step(eventId, direction);
        setAnnouncement(result.ok ? `Moved to the ${direction} question.` : result.message);
        router.refresh();
      } catch {
        setAnnouncement("That did not work. Check the connection and try again.");
      } finally {
        busy.current = false;
      }
    },
    [eventId, step, router],
  );

  const toggleFullScreen = useCallback(() => {
    const screen = document.getElementById(screenId);
    if (document.fullscreenElement) void document.exitFullscreen();
    else void screen?.requestFullscreen?.().catch(() => setAnnouncement("This browser did not allow full screen."));
  }, [screenId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "f") {
        event.preventDefault();
        toggleFullScreen();
      } else if (step && (key === "n" || key === "arrowright" || key === "arrowdown")) {
        event.preventDefault();
        void move("next");
      } else if (step && (key === "p" || key === "arrowleft" || key === "arrowup")) {
        event.preventDefault();
        void move("previous");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [move, step, toggleFullScreen]);

  const button = "min-h-11 border-2 border-white bg-ink px-4 py-1 text-base font-bold text-white hover:bg-[#2b2c2c]";
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {step ? (
          <>
            <button type="button" className={button} onClick={() => void move("previous")}>
              Previous question
            </button>
            <button type="button" className={button} onClick={() => void move("next")}>
              Next question
            </button>
          </>
        ) : null}
        <button type="button" className={button} onClick={toggleFullScreen}>
          Full screen
        </button>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
