import { describe, expect, it } from "vitest";
import { STAFF_ORGANISATION, toSpeaker, type SpeakerRow } from "@/lib/questions/speaker";

const person = (overrides: Partial<SpeakerRow> = {}): SpeakerRow => ({
  displayName: "Sam Patel",
  status: "active",
  platformRole: "citizen",
  memberships: [],
  ...overrides,
});

describe("toSpeaker", () => {
  it("a resident speaks for nobody but themselves", () => {
    expect(toSpeaker(person())).toEqual({ name: "Sam Patel", organisations: [] });
  });

  it("a partner member speaks for each of their organisations, in the order read", () => {
    const memberships = [{ organisation: { name: "Essex County Council" } }, { organisation: { name: "ARU" } }];
    expect(toSpeaker(person({ memberships }))).toEqual({
      name: "Sam Patel",
      organisations: ["Essex County Council", "ARU"],
    });
  });

  it.each(["moderator", "admin"] as const)("a %s speaks for CSES, after any partner organisation", (platformRole) => {
    expect(STAFF_ORGANISATION).toBe("CSES");
    expect(toSpeaker(person({ platformRole })).organisations).toEqual(["CSES"]);
    expect(
      toSpeaker(person({ platformRole, memberships: [{ organisation: { name: "Essex County Council" } }] }))
        .organisations,
    ).toEqual(["Essex County Council", "CSES"]);
  });

  it("a deleted account is a former participant and speaks for nobody", () => {
    expect(
      toSpeaker(
        person({
          status: "deleted",
          platformRole: "admin",
          memberships: [{ organisation: { name: "Essex County Council" } }],
        }),
      ),
    ).toEqual({ name: "Former participant", organisations: [] });
  });
});
