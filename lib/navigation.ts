export interface NavItem {
  href: string;
  label: string;
  /** What a screen reader hears instead, when the label shows a number ("Moderation, 4 waiting"). */
  ariaLabel?: string;
}

export const mainNavigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/questions", label: "Questions" },
  { href: "/questions/ask", label: "Ask a question" },
  { href: "/events", label: "Events" },
  { href: "/learn", label: "Learn" },
];

/** The partner inbox (and, under it, each question's triage page): for partner members and admins only. */
export const partnerInboxItem: NavItem = { href: "/partner", label: "Partner inbox" };

/**
 * The moderation queue for moderators and admins, with how many items wait: seen as "Moderation (4)", heard
 * as "Moderation, 4 waiting" (a number in words, not a coloured dot).
 */
export function moderationItem(waiting: number): NavItem {
  if (waiting <= 0) return { href: "/moderation", label: "Moderation" };
  const count = waiting.toLocaleString("en-GB");
  return { href: "/moderation", label: `Moderation (${count})`, ariaLabel: `Moderation, ${count} waiting` };
}

/** The admin home (organisations, people, themes, settings, the audit log…): for administrators only. */
export const adminItem: NavItem = { href: "/admin", label: "Admin" };

/**
 * The main navigation for a person: everyone's items, the partner inbox for those who work on questions, the
 * moderation queue (moderationWaiting: its count) for moderators and admins (null for everyone else), and the
 * admin home for administrators.
 */
export function navigationFor({
  worksOnQuestions,
  moderationWaiting = null,
  administers = false,
}: {
  worksOnQuestions: boolean;
  moderationWaiting?: number | null;
  administers?: boolean;
}): NavItem[] {
  return [
    ...mainNavigation,
    ...(worksOnQuestions ? [partnerInboxItem] : []),
    ...(moderationWaiting === null ? [] : [moderationItem(moderationWaiting)]),
    ...(administers ? [adminItem] : []),
  ];
}

/**
 * The item for the section a page is in: the longest link its path starts with, "Home" only on the home page.
 * So /questions/ask is "Ask a question" and /questions/<id> is "Questions".
 */
export function currentNavHref(items: NavItem[], pathname: string): string | undefined {
  const inSection = (href: string) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));
  return items
    .map((item) => item.href)
    .filter(inSection)
    .sort((a, b) => b.length - a.length)[0];
}
