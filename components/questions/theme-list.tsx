export function ThemeList({ themes, district }: { themes: { slug: string; name: string }[]; district: string | null }) {
  return (
    <ul className="flex flex-wrap gap-2 text-base" aria-label="Themes and place">
      {themes.map((theme) => (
        <li key={theme.slug} className="bg-wash px-2 py-0.5">
          {theme.name}
        </li>
      ))}
      {district ? <li className="border border-line px-2 py-0.5">{district}</li> : null}
    </ul>
  );
}
