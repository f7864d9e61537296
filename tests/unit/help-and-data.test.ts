import { describe, expect, it } from "vitest";
import { fieldLabel } from "@/components/your-data/readable-data";
import { valueInWords } from "@/components/your-data/words";
import { formatDateTime } from "@/lib/format";
import { DEFAULT_COUNCIL_CONTACTS, routesForDistrict } from "@/lib/settings/contact-routes";
import { districts } from "@/prisma/seed-data/reference";

describe("routesForDistrict", () => {
  it.each(districts.filter((d) => d.kind === "district"))(
    "sends $name's bins to its own council and its roads to Essex Highways",
    (district) => {
      const { routes } = routesForDistrict(DEFAULT_COUNCIL_CONTACTS, district);
      const council = DEFAULT_COUNCIL_CONTACTS.councils[district.slug]!;
      expect(routes.map((r) => r.key)).toEqual(["local", "roads", "emergency"]);
      expect(routes[0]!.link?.url).toBe(council.url);
      expect(council.url).toMatch(/^https:\/\/www\.[a-z]+\.gov\.uk\/$/);
      expect(routes[1]!.link?.url).toBe(DEFAULT_COUNCIL_CONTACTS.county.highwaysReportUrl);
    },
  );

  it.each(districts.filter((d) => d.kind === "unitary"))("sends everything in $name to its unitary council", (d) => {
    const { routes } = routesForDistrict(DEFAULT_COUNCIL_CONTACTS, d);
    expect(routes.map((r) => r.key)).toEqual(["local", "emergency"]);
    expect(routes.every((r) => r.link?.url === DEFAULT_COUNCIL_CONTACTS.councils[d.slug]!.url)).toBe(true);
  });
});

describe("the readable data page", () => {
  it("names fields in words", () => {
    expect(fieldLabel("organisationMemberships")).toBe("Organisation memberships");
    expect(fieldLabel("emailVerifiedAt")).toBe("Email verified at");
    expect(fieldLabel("profile")).toBe("Profile");
  });

  it("says stored codes in the portal's words, and other values as they are", () => {
    expect(valueInWords("ageBand", "under_16")).toBe("Under 16");
    expect(valueInWords("participantType", "student")).toBe("A student");
    expect(valueInWords("platformRole", "citizen")).toBe("Citizen");
    expect(valueInWords("emailOwnQuestions", "immediate")).toBe("Straight away");
    expect(valueInWords("status", "active")).toBe("Active");
    expect(valueInWords("status", "under_review")).toBe("Under review");
    expect(valueInWords("toStatus", "in_progress")).toBe("In progress");
    expect(valueInWords("moderation", "approved")).toBe("Published");
    expect(valueInWords("title", "under_16")).toBe("under_16");
    expect(valueInWords("ageBand", "not_a_band")).toBe("not_a_band");
  });

  it("gives dates and times in UK time", () => {
    expect(formatDateTime(new Date("2026-07-01T14:07:00Z"))).toBe("1 July 2026 at 3:07pm");
    expect(formatDateTime(new Date("2026-01-15T09:30:00Z"))).toBe("15 January 2026 at 9:30am");
  });
});
