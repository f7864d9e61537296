/** "Sam Patel (Essex County Council)": a person offered as a facilitator, told apart from others of the same name. */
export function speakerLabel(person: { name: string; organisations: string[] }): string {
  return person.organisations.length ? `${person.name} (${person.organisations.join(", ")})` : person.name;
}
