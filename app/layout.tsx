import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
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
    <html lang="en-GB">
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
