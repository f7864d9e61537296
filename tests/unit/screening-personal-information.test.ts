import { describe, expect, it } from "vitest";
import {
  findPersonalInformation,
  hasPersonalInformation,
  type PersonalInformationKind,
} from "@/lib/moderation/screening/personal-information";

// Each example with the kind it must be found as. The numbers are Ofcom's drama ranges and the addresses made up.
const POSITIVE: [string, PersonalInformationKind][] = [
  ["Email me at sam.jones@example.com if you can help", "email"],
  ["my address is SAM_J+essex@example.co.uk", "email"],
  ["contact: j.smith@school.essex.sch.uk", "email"],
  ["write to sam (at) example (dot) com", "email"],
  ["sam [at] example [dot] co.uk", "email"],
  ["reach me at sam at example dot com please", "email"],
  ["Ring me on 07700 900123", "phone"],
  ["my mobile is 07700900123", "phone"],
  ["call 07700-900-123 after school", "phone"],
  ["text 07700 900 123", "phone"],
  ["+44 7700 900123 is my number", "phone"],
  ["+447700900123", "phone"],
  ["0044 7700 900123", "phone"],
  ["+44 (0)7700 900123", "phone"],
  ["(07700) 900123", "phone"],
  ["Our landline is 01245 123456", "phone"],
  ["call (01245) 123 456 in the afternoon", "phone"],
  ["01206 555012", "phone"],
  ["020 7946 0958", "phone"],
  ["+44 20 7946 0958", "phone"],
  ["phone 0300 123 4567 anytime", "phone"],
  ["016977 4321 is my gran's number", "phone"],
  ["07700.900.123", "phone"],
  ["it's 07700 900123 2025 I think", "phone"],
  ["We live at CM1 1XX", "postcode"],
  ["postcode SS0 7AB", "postcode"],
  ["my postcode is cm2 0jd", "postcode"],
  ["SS07AB", "postcode"],
  ["CO4 3SQ near the university", "postcode"],
  ["RM17 6SL, Grays", "postcode"],
  ["IG10 1HP", "postcode"],
  ["E1 6AN", "postcode"],
  ["EC1A 1BB", "postcode"],
  ["W1A 0AX", "postcode"],
  ["I live at 12 Station Road", "street_address"],
  ["it's 4a Mill Lane, Tiptree", "street_address"],
  ["outside 27 High Street in Maldon", "street_address"],
  ["Flat 3, 27 Queen's Park Avenue", "street_address"],
  ["come to 9 Church Close", "street_address"],
  ["at 140 London Road Southend", "street_address"],
  ["my house is 6 the Chase", "street_address"],
  ["5 Oak Tree Gardens needs a dropped kerb", "street_address"],
  ["our street, 18 Beech Grove,", "street_address"],
  ["at 3 Victoria Crescent", "street_address"],
  ["2 Mersea Way", "street_address"],
  ["13b Abbey Mews", "street_address"],
  ["at 12 station road", "street_address"],
];

// Near misses: the numbers and places people write about their area every day.
const NEGATIVE: string[] = [
  "Tickets cost £12.50 each",
  "The scheme costs £1,250,000 over 5 years",
  "In 2025 the council spent more on roads",
  "Between 2019 and 2024",
  "The meeting is on 12/03/2026 at 6pm",
  "Deadline 01/02/2026",
  "It starts at 07:30 every weekday",
  "Your reference is REF 1234 5678",
  "Planning application 24/01234/FUL",
  "Case number 2026-000123",
  "The A12 road is always jammed",
  "Widen the A127 please",
  "The A130 and the A13 at Sadlers Farm",
  "Junction 28 of the M25",
  "The 20 mph road outside the school",
  "3 bus routes stopped running",
  "The number 100 bus to Witham",
  "Route X30 to Stansted",
  "Speed limit 30 mph on the 2 lane road",
  "Put 40 more street lights in",
  "A 10 minute walk to the station",
  "5 new roads in the estate",
  "It is 1 way street now",
  "Anywhere in CM1 would do",
  "Parking across the SS0 area is hard",
  "The CO4 postcode district",
  "Year 9 students asked this",
  "Call 999 in an emergency or 111 for advice",
  "Freephone 0800 123 4567 for the helpline",
  "Ring 101 for the police",
  "About 0.5 miles from the station",
  "Scored 3-1 on Saturday",
  "Version 2.0 of the app",
  "Room 12 at the library",
  "Email the council through its website",
  "Write to your councillor",
  "The @ sign in an email",
  "Maldon, Tiptree, Dedham and Saffron Walden",
  "Chelmsford City Council and Essex County Council",
  "Over 65s and under 18s",
  "We need 12 more bins on Station Road",
  "Station Road needs resurfacing",
  "In March Road works closed it",
  "Opening hours 9 to 5",
  "I was born in 2011 and go to school in Harlow",
  "There are 07 days in a week",
];

describe("the personal information detector", () => {
  it("has at least 40 examples each way", () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(POSITIVE)("finds personal information in %j (%s)", (text, kind) => {
    expect(findPersonalInformation(text)).toContain(kind);
    expect(hasPersonalInformation(text)).toBe(true);
  });

  it.each(NEGATIVE.map((text) => [text]))("finds none in %j", (text) => {
    expect(findPersonalInformation(text)).toEqual([]);
    expect(hasPersonalInformation(text)).toBe(false);
  });
});
