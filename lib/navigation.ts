import type { NavItem } from "@/components/layout/site-header";

export const mainNavigation: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/accessibility", label: "Accessibility" },
];
