import { describe, expect, it } from "vitest";
import { z } from "zod";
import { slugFrom } from "@/lib/text/slug";
import { organisationSchema } from "@/lib/organisations/schemas";
import { themeSchema } from "@/lib/themes/schemas";

describe("slugFrom", () => {
  it("makes lower-case words joined by single hyphens", () => {
    expect(slugFrom("Essex County Council", 60)).toBe("essex-county-council");
    expect(slugFrom("  Transport -- and   Mobility! ", 60)).toBe("transport-and-mobility");
  });

  it("drops accents and says '&' in words", () => {
    expect(slugFrom("Université d'Essex & Partners", 60)).toBe("universite-d-essex-and-partners");
  });

  it("cuts to the limit without leaving a hyphen at the end", () => {
    expect(slugFrom("Anglia Ruskin University", 13)).toBe("anglia-ruskin");
    expect(slugFrom("Anglia Ruskin University", 14)).toBe("anglia-ruskin");
    expect(slugFrom("a".repeat(80), 60)).toHaveLength(60);
  });

  it("is empty when there is nothing to make one from", () => {
    expect(slugFrom("!!! ???", 60)).toBe("");
  });
});

describe("the short name for web addresses in the forms", () => {
  const organisation = { name: "Thurrock Council", kind: "council", description: "A unitary council." };

  it("is made from the name when left empty, and kept (lower-cased) when typed", () => {
    expect(organisationSchema.parse({ ...organisation, slug: "" }).slug).toBe("thurrock-council");
    expect(organisationSchema.parse(organisation).slug).toBe("thurrock-council");
    expect(organisationSchema.parse({ ...organisation, slug: " Thurrock " }).slug).toBe("thurrock");
    expect(themeSchema.parse({ name: "Water & Flooding", slug: "", description: "Rivers." }).slug).toBe(
      "water-and-flooding",
    );
  });

  it("refuses a typed one of the wrong shape, or a name with nothing to make one from, against the slug field", () => {
    const errors = (input: unknown) => z.flattenError(organisationSchema.safeParse(input).error!).fieldErrors;
    expect(errors({ ...organisation, slug: "thurrock council" }).slug).toEqual([
      "Short name for web addresses must use only lower-case letters, numbers and hyphens",
    ]);
    expect(errors({ ...organisation, slug: "-thurrock" }).slug).toHaveLength(1);
    expect(errors({ ...organisation, name: "???", slug: "" }).slug).toEqual([
      "Enter a short name for web addresses, as the name has no letters or numbers to make one from",
    ]);
  });

  it("names the missing fields", () => {
    const result = organisationSchema.safeParse({ name: " ", slug: "", kind: "charity", description: "" });
    expect(Object.keys(z.flattenError(result.error!).fieldErrors).sort()).toEqual(["description", "kind", "name"]);
  });
});
