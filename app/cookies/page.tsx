import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Cookies" };

interface CookieRow {
  name: string;
  purpose: string;
  expires: string;
}

// Read from the code that sets them (lib/auth/auth.ts and next-auth's defaults, lib/auth/device.ts,
// lib/accounts/check-email-cookie.ts, lib/auth/confirmation-browser.ts, and the event pages): a new cookie
// belongs in this list, and it must be strictly necessary, or this page and the privacy notice stop being true.
// Over HTTPS most names carry the __Host- prefix (the browser then refuses them from any other site or page).
const SIGN_IN_COOKIES: CookieRow[] = [
  {
    name: "authjs.session-token",
    purpose:
      "Keeps you signed in. It holds only an identifier for your sign-in, checked against our records on every page.",
    expires:
      "When you sign out, after 7 days without using the website, or after 30 days at most (for staff accounts, 30 minutes and 12 hours)",
  },
  {
    name: "authjs.csrf-token",
    purpose: "Proves that a sign-in or sign-out request came from this website and not from another one.",
    expires: "When you close your browser",
  },
  {
    name: "authjs.callback-url",
    purpose: "Remembers which page to take you back to after signing in.",
    expires: "When you close your browser",
  },
  {
    name: "mse-device",
    purpose:
      "Recognises this browser when you sign in, so that someone else trying wrong passwords for your account cannot lock you out.",
    expires: "After 400 days (the longest browsers allow)",
  },
  {
    name: "check-email-sign-up, check-email-sign-in, check-email-password-reset",
    purpose:
      "After you ask us for an email, remembers the address you typed so that the next page can show it and send the email again, without putting it in the page address.",
    expires: "After 1 hour",
  },
  {
    name: "confirm-browser",
    purpose:
      "Set when you create an account, so that confirming your email from the same browser keeps the password you chose.",
    expires: "After 24 hours, when the confirmation link expires",
  },
];

const EVENT_COOKIES: CookieRow[] = [
  {
    name: "room-<event> (__Host-room-<event> over HTTPS), one per event you join",
    purpose:
      "When you join an event with its code, keeps you in that event's room so that you can ask and support questions without an account. It holds a random code, not your name.",
    expires: "A day after the event ends (at least a day after you join)",
  },
];

function CookieTable({ caption, rows }: { caption: string; rows: CookieRow[] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              What it is for
            </th>
            <th scope="col" className="py-2">
              When it expires
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-b border-line align-top">
              <td className="py-2 pr-4 break-words">{row.name}</td>
              <td className="py-2 pr-4">{row.purpose}</td>
              <td className="py-2">{row.expires}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every cookie the portal sets: all strictly necessary, so there is no consent banner (PECR regulation 6(4)). */
export default function CookiesPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="mb-6 text-4xl">Cookies</h1>
      <p>
        Cookies are small files that a website puts on your phone, tablet or computer. My Smarter Essex uses only the
        cookies it needs to work: to sign you in, to keep your account safe and to keep you in an event you joined. We
        call these strictly necessary cookies.
      </p>
      <p>
        We do <strong>not</strong> use analytics, advertising or tracking cookies, and we do not let anyone else put
        cookies on your device through this website. That is why we do not ask you to accept cookies: the law (the
        Privacy and Electronic Communications Regulations) does not require consent for cookies that are strictly
        necessary for a service you ask for.
      </p>
      <p>
        You will not get any of these cookies just by reading the website. They are set only when you sign in, create an
        account, ask us for an email or join an event.
      </p>

      <h2 className="pt-4 text-2xl">The cookies we use</h2>
      <CookieTable caption="Signing in and keeping your account safe" rows={SIGN_IN_COOKIES} />
      <CookieTable caption="Taking part in an event" rows={EVENT_COOKIES} />
      <p>
        On a secure connection, most of these names start with <code>__Host-</code>, which tells your browser to accept
        the cookie only from this website.
      </p>

      <h2 className="pt-4 text-2xl">Other things kept in your browser</h2>
      <p>
        While you write a question, what you have typed is kept in your browser tab (not in a cookie, and not sent to
        us) so that it is not lost if you look at a similar question and come back. It is deleted when you send the
        question or close the tab.
      </p>

      <h2 className="pt-4 text-2xl">Changing your cookie settings</h2>
      <p>
        You can delete or block cookies in your browser&apos;s settings. If you block these cookies, you will not be
        able to sign in or join an event, but you can still read everything that is public.
      </p>
      <p>
        For more about how we use your information, read our <Link href="/privacy">privacy notice</Link>.
      </p>
    </article>
  );
}
