export interface NavItem {
  href: string;
  label: string;
}

export const mainNavigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/questions", label: "Questions" },
  { href: "/questions/ask", label: "Ask a question" },
  { href: "/accessibility", label: "Accessibility" },
];

/** The partner inbox (and, under it, each question's triage page): for partner members and admins only. */
export const partnerInboxItem: NavItem = { href: "/partner", label: "Partner inbox" };

/** The main navigation for a person: everyone's items, and the partner inbox for those who work on questions. */
export function navigationFor(worksOnQuestions: boolean): NavItem[] {
  return worksOnQuestions ? [...mainNavigation, partnerInboxItem] : mainNavigation;
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
