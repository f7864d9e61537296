import Link from "next/link";
import type { NavItem } from "@/lib/navigation";
import { MainNavLinks } from "./main-nav-links";

export function SiteHeader({ items, account }: { items: NavItem[]; account?: React.ReactNode }) {
  return (
    <header className="bg-brand-dark text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link
          prefetch={false}
          href="/"
          className="text-2xl font-bold text-white no-underline hover:text-white hover:underline"
        >
          My Smarter Essex
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <MainNavLinks items={items} />
            {account}
          </ul>
        </nav>
      </div>
    </header>
  );
}
