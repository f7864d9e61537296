import Link from "next/link";

export interface NavItem {
  href: string;
  label: string;
}

export function SiteHeader({ items, currentPath, account }: { items: NavItem[]; currentPath?: string; account?: React.ReactNode }) {
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-2xl font-bold text-white no-underline hover:text-white hover:underline">
          My Smarter Essex
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-block py-1 text-white hover:text-white"
                  aria-current={currentPath === item.href ? "page" : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
            {account}
          </ul>
        </nav>
      </div>
    </header>
  );
}
