"use client";

import { useEffect } from "react";

/**
 * Puts the document's title back once the page has hydrated. For app/forbidden.tsx only: Next.js serves the refusal
 * with its own title in the HTML, then on hydration restores the title of the page that refused (that page's
 * metadata came with its render), so a screen reader would announce "Admin" above "You are not allowed…".
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
