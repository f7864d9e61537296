// Does a requested public name claim to speak for a partner organisation or for the portal's staff? Such a
// name is refused outright (not held): nobody may pass as "Essex County Council" or "Moderator" even for the
// minutes before a moderator looks. Pure: the organisations' names are passed in.

/** Names and words that only the partners and staff may use, compared as whole words after normalising. */
export const RESERVED_NAME_TERMS: readonly string[] = [
  "essex county council",
  "ecc",
  "anglia ruskin",
  "anglia ruskin university",
  "aru",
  "cses",
  "my smarter essex",
  "moderator",
  "moderators",
  "mod team",
  "admin",
  "admins",
  "administrator",
  "official",
  "staff",
  "council officer",
];

// Digits and symbols people use for look-alike letters; "1" can stand for l or i, so both readings are tried.
const LOOK_ALIKES: Record<string, string> = {
  "0": "o",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "8": "b",
};

/**
 * The name in comparable form: lower case, accents and look-alikes undone, punctuation as spaces, spaces
 * collapsed, and letters spelt out one by one joined up again ("E.C.C" and "e c c" read as "ecc").
 */
function normalise(name: string, one: "l" | "i"): string {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[0345789@$]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/1/g, one)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return plain.replace(/\b[a-z](?: [a-z]\b)+/g, (letters) => letters.replace(/ /g, ""));
}

/**
 * The reserved term or organisation the name claims to be, or null. Whole words ("Admiral" and "Staffie" are
 * fine), and a several-word term also when written as one word ("EssexCountyCouncil", "AngliaRuskin").
 */
export function reservedNameClaim(name: string, organisationNames: readonly string[] = []): string | null {
  const terms = [...RESERVED_NAME_TERMS, ...organisationNames];
  for (const one of ["l", "i"] as const) {
    const spaced = ` ${normalise(name, one)} `;
    const joined = spaced.replace(/ /g, "");
    for (const term of terms) {
      // Terms read the same way, so an organisation named with digits ("Harlow 3D Makers") still matches.
      const form = normalise(term, one);
      if (!form) continue;
      if (spaced.includes(` ${form} `)) return term;
      if (form.includes(" ") && joined.includes(form.replace(/ /g, ""))) return term;
    }
  }
  return null;
}
