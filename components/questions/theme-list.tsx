import Link from "next/link";

/** Browse links for a question's tags: each opens the list of questions with that theme or in that district. */
export function themeHref(slug: string): string {
  return `/questions?${new URLSearchParams({ theme: slug })}`;
}

export function districtHref(slug: string): string {
  return `/questions?${new URLSearchParams({ district: slug })}`;
}

export function ThemeList({
  themes,
  district,
}: {
  themes: { slug: string; name: string }[];
  district: { slug: string; name: string } | null;
}) {
  return (
    <ul className="flex flex-wrap gap-2 text-base" aria-label="Themes and place">
      {themes.map((theme) => (
        <li key={theme.slug} className="bg-wash px-2 py-0.5">
          <Link prefetch={false} href={themeHref(theme.slug)} aria-label={`${theme.name}: questions on this theme`}>
            {theme.name}
          </Link>
        </li>
      ))}
      {district ? (
        <li className="border border-line px-2 py-0.5">
          <Link
            prefetch={false}
            href={districtHref(district.slug)}
            aria-label={`${district.name}: questions in this district`}
          >
            {district.name}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
