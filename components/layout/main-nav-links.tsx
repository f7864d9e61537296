"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref } from "@/lib/navigation";
import type { NavItem } from "@/lib/navigation";

/** The main navigation's links, the current one marked for screen readers (GOV.UK service navigation) and drawn heavier. */
export function MainNavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const current = currentNavHref(items, pathname);
  return items.map((item) => (
    <li key={item.href}>
      <Link
        prefetch={false}
        href={item.href}
        className="inline-block py-1 text-white hover:text-white [&[aria-current]]:decoration-4"
        // "page" on the page itself; "true" on a page inside its section, such as one question under "Questions".
        aria-current={item.href === current ? (pathname === item.href ? "page" : "true") : undefined}
        aria-label={item.ariaLabel}
      >
        {item.label}
      </Link>
    </li>
  ));
}
