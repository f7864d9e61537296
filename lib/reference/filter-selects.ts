// The theme and district filters of a public list (questions, commitments): the same labels and the same
// "all" choices wherever a list is filtered by where and what it is about.

export interface FilterSelect {
  name: string;
  label: string;
  hint?: string;
  defaultValue: string | undefined;
  emptyLabel: string | null;
  options: { value: string; label: string }[];
}

type Named = { slug: string; name: string };

export function themeAndDistrictSelects(
  themes: readonly Named[],
  districts: readonly Named[],
  chosen: { theme?: string; district?: string },
): FilterSelect[] {
  return [
    {
      name: "theme",
      label: "Theme",
      defaultValue: chosen.theme,
      emptyLabel: "All themes",
      options: themes.map((t) => ({ value: t.slug, label: t.name })),
    },
    {
      name: "district",
      label: "District",
      defaultValue: chosen.district,
      emptyLabel: "All of Essex",
      options: districts.map((d) => ({ value: d.slug, label: d.name })),
    },
  ];
}
