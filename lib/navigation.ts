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
