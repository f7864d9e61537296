import type { NavItem } from "@/components/layout/site-header";

export const mainNavigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/questions", label: "Questions" },
  { href: "/questions/ask", label: "Ask a question" },
  { href: "/accessibility", label: "Accessibility" },
];
