"use client";

import { useEffect, useRef } from "react";
import { NotificationBanner } from "@/components/forms/notification-banner";

/**
 * The success banner after a hand-over (claim, release, transfer, reassign). It takes focus when it appears, so a
 * keyboard or screen reader user lands on what happened rather than at the top of the page, and it is a status
 * region, so the message is also announced.
 */
export function AssignmentSuccessBanner({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-testid="assignment-success"
      className="focus:outline-none focus-visible:outline-[3px] focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <NotificationBanner title="Success" tone="success">
        <p className="font-bold">{message}</p>
      </NotificationBanner>
    </div>
  );
}
