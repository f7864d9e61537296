import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import localFont from "next/font/local";
// Letters beyond Latin-1 (Ł, ő, …) are rare: their faces load only when a page has one (unicode-range).
import "@fontsource/atkinson-hyperlegible/latin-ext-400.css";
import "@fontsource/atkinson-hyperlegible/latin-ext-700.css";
import "./globals.css";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { AccountStatusBanner } from "@/components/account-status-banner";
import { navigationFor } from "@/lib/navigation";
import { AccountLinks } from "@/components/layout/account-links";
import { getActor } from "@/lib/auth/actor";
import { can, worksOnQuestions } from "@/lib/auth/permissions";
import { isModerator } from "@/lib/auth/policy";
import { countWaitingItems } from "@/lib/moderation/queue-queries";
import { signOutAction } from "@/app/account/actions";

// The Latin faces are preloaded with the page and shown only if they arrive before the first paint ("optional"):
// a face swapped in later reflows every line of text, which moved whole pages (layout shift 0.1–0.2 on a phone).
// A visitor whose connection is too slow for that reads the first page in the system font, and the next in this one.
const atkinson = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  display: "optional",
  variable: "--font-atkinson",
  fallback: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"],
});

export const metadata: Metadata = {
  title: { default: "My Smarter Essex", template: "%s – My Smarter Essex" },
  description:
    "Ask questions and share ideas about a smarter Essex, and see what the council, university and industry do about them.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request, so Next can put this request's CSP nonce on its scripts.
  await connection();
  const actor = await getActor();
  const moderationWaiting = isModerator(actor) ? await countWaitingItems() : null;
  return (
    <html lang="en-GB" className={atkinson.variable}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader
          items={navigationFor({
            worksOnQuestions: worksOnQuestions(actor),
            moderationWaiting,
            administers: can(actor, "organisation.manage"),
          })}
          account={
            <AccountLinks
              signedIn={actor !== null}
              signOutAction={signOutAction}
              unreadNotifications={actor?.unreadNotifications ?? 0}
            />
          }
        />
        <PhaseBanner />
        <AccountStatusBanner suspension={actor?.suspension ?? null} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
