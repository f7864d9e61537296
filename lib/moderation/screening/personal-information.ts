// Does a post or a public name hold someone's contact details or home address? Pure: no database, no clock.
// Each detector errs towards holding for a moderator (a false alarm costs a moderator a few seconds), but leaves
// alone the numbers people write about their area every day: prices, years, dates, road numbers, bus routes,
// speed limits, reference numbers and postcode districts ("CM1" alone names thousands of homes, not one).

/** What kind of personal information was found: for the tests and the moderator's view. */
export type PersonalInformationKind = "email" | "phone" | "postcode" | "street_address";

/** An email address, also written out to dodge filters: "sam (at) example (dot) com", "sam at example dot com". */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const SPELLED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[\p{L}\p{N}-]+\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*(?:com|co|org|net|uk|ac|gov|me|io)\b/iu;

/**
 * A run that could be a phone number: "+44" or "0044" or "0", then digits with the separators people type
 * (spaces, dashes, dots, brackets). Not after a currency sign, a letter, a digit, a decimal point or a slash
 * (prices, road numbers, dates), and not followed by a digit or a slash.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}£$€.,/:])(?:\+\s?44|0044|\(?0)[\d\s().-]{8,24}\d(?![\d/:])/gu;

/** UK numbers that reach a person: mobiles (07), geographic landlines (01, 02) and non-geographic 03 lines. */
function isUkPersonalNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").replace(/^0044/, "44");
  // "+44 (0)1245 …" keeps a 0 after the country code; "+44 1245 …" does not.
  const national = digits.startsWith("44") ? `0${digits.slice(2).replace(/^0/, "")}` : digits;
  if (!/^0[1237]/.test(national)) return false;
  // Mobiles, 02 and 03 numbers have 11 digits; a few rural 01 numbers have 10.
  return national.length === 11 || (national.length === 10 && national.startsWith("01"));
}

/**
 * The candidate run may carry on into a following number ("07700 900123 2025"): try it, then each shorter run
 * that ends after a digit group, so the number at its start is still found.
 */
function startsWithUkPersonalNumber(candidate: string): boolean {
  for (let end = candidate.length; end > 0; end -= 1) {
    const endsAGroup = /\d/.test(candidate[end - 1]!) && (end === candidate.length || !/\d/.test(candidate[end]!));
    if (endsAGroup && isUkPersonalNumber(candidate.slice(0, end))) return true;
  }
  return false;
}

/**
 * A full UK postcode (outward and inward code, the space optional), as Royal Mail shapes them; inward codes
 * never use C, I, K, M, O or V. Case-insensitive: people type "cm1 1xx".
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:GIR\s?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/iu;

const STREET_TYPES = [
  "road",
  "rd",
  "street",
  "st",
  "lane",
  "ln",
  "avenue",
  "ave",
  "close",
  "drive",
  "crescent",
  "grove",
  "gardens",
  "place",
  "court",
  "terrace",
  "walk",
  "mews",
  "hill",
  "rise",
  "square",
  "row",
  "way",
  "chase",
  "parade",
  "green",
  "mead",
  "path",
  "wharf",
  "park",
];

/**
 * Words that come between a number and "road" in everyday talk without making an address: "20 mph road",
 * "3 bus lane", "2 way street", "10 minute walk", "5 new roads", "40 more street lights".
 */
const NOT_A_STREET_NAME = new Set([
  "mph",
  "kph",
  "km",
  "miles",
  "mile",
  "metres",
  "meters",
  "metre",
  "yards",
  "foot",
  "feet",
  "minute",
  "minutes",
  "mins",
  "min",
  "hour",
  "hours",
  "hr",
  "day",
  "days",
  "week",
  "weeks",
  "year",
  "years",
  "bus",
  "buses",
  "car",
  "cars",
  "cycle",
  "bike",
  "lane",
  "lanes",
  "way",
  "speed",
  "new",
  "more",
  "extra",
  "other",
  "main",
  "busy",
  "quiet",
  "different",
  "local",
  "big",
  "small",
  "major",
  "minor",
  "side",
  "back",
  "dark",
  "long",
  "short",
  "narrow",
  "wide",
  "of",
  "a",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "per",
  "times",
  "percent",
  "pounds",
  "million",
  "thousand",
  "hundred",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "am",
  "pm",
]);

/**
 * A house number (1 to 4 digits, an optional letter: "4a") then one to three name words then a street type:
 * "12 Station Road", "4a Mill Lane", "Flat 3, 27 Queen's Park Avenue". The number must stand alone (not "A12",
 * not "£12", not "12.5", not "12/03"), and no name word may be a unit, a quantity or a month.
 */
const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}£$€.,/:-])(\d{1,4}[a-h]?),?\s+((?:[\p{L}'’-]+\s+){1,3})(${STREET_TYPES.join("|")})\.?(?![\p{L}\p{N}])`,
  "giu",
);

function hasStreetAddress(text: string): boolean {
  for (const match of text.matchAll(STREET_ADDRESS)) {
    const nameWords = match[2]!.trim().toLowerCase().split(/\s+/);
    if (nameWords.some((word) => NOT_A_STREET_NAME.has(word.replace(/['’]s?$/, "")))) continue;
    // A bare year before the street ("since 2019 Station Road has…") is not a house number.
    if (/^(1[89]|20)\d\d$/.test(match[1]!)) continue;
    return true;
  }
  return false;
}

/** Every kind of personal information in the text, in a fixed order; empty when there is none. */
export function findPersonalInformation(text: string): PersonalInformationKind[] {
  const found: PersonalInformationKind[] = [];
  if (EMAIL.test(text) || SPELLED_EMAIL.test(text)) found.push("email");
  if ([...text.matchAll(PHONE_CANDIDATE)].some((match) => startsWithUkPersonalNumber(match[0]))) found.push("phone");
  if (POSTCODE.test(text)) found.push("postcode");
  if (hasStreetAddress(text)) found.push("street_address");
  return found;
}

export function hasPersonalInformation(text: string): boolean {
  return findPersonalInformation(text).length > 0;
}
