// The settings page's parsing (lib/settings/form-input.ts): lists typed one per line, help lines typed as rows, a
// bank holiday's date, and the links the help lines become.
import { describe, expect, it } from "vitest";
import {
  addBankHolidaySchema,
  parseLines,
  parseSignpostingRows,
  parseWholeNumber,
  saveSettingSchema,
  savedMessage,
} from "@/lib/settings/form-input";
import { DEFAULT_SIGNPOSTING_LINKS, phoneHref, signpostingLinksSchema, websiteLabel } from "@/lib/settings/signposting";

describe("a list typed one entry per line", () => {
  it("trims each line, leaves out blank lines and drops a line that repeats an earlier one, whatever its case", () => {
    expect(parseLines("blockedWords", " spam link \r\n\r\nSPAM LINK\n  \nscam\tsite \nscam\tsite")).toEqual({
      ok: true,
      value: ["spam link", "scam\tsite"],
    });
  });

  it("names the first line that is too short or too long by its number as typed, blank lines counted", () => {
    expect(parseLines("blockedWords", "fine\n\na")).toEqual({
      ok: false,
      errors: {
        blockedWords: "Line 3 (“a”) is 1 characters long: each blocked word must be between 2 and 60 characters",
      },
    });
    const long = "x".repeat(61);
    expect(parseLines("blockedWords", long)).toEqual({
      ok: false,
      errors: {
        blockedWords: `Line 1 (“${"x".repeat(30)}…”) is 61 characters long: each blocked word must be between 2 and 60 characters`,
      },
    });
  });

  it("allows no blocked words, but refuses more than the list's limit", () => {
    expect(parseLines("blockedWords", "\n\n")).toEqual({ ok: true, value: [] });
    const words = Array.from({ length: 2001 }, (_, i) => `word${i}`).join("\n");
    expect(parseLines("blockedWords", words)).toEqual({
      ok: false,
      errors: { blockedWords: "Blocked words: enter 2000 blocked words or fewer" },
    });
  });

  it("needs at least one safeguarding step, and at most 20", () => {
    expect(parseLines("safeguardingSteps", " \n")).toEqual({
      ok: false,
      errors: { safeguardingSteps: "Enter at least one step, one on each line" },
    });
    const steps = Array.from({ length: 21 }, (_, i) => `Step ${i}`).join("\n");
    expect(parseLines("safeguardingSteps", steps)).toEqual({
      ok: false,
      errors: { safeguardingSteps: "Safeguarding steps: enter 20 steps or fewer" },
    });
  });
});

describe("a whole number", () => {
  it("reads digits, and says what is wrong with anything else, with the schema's own bounds", () => {
    expect(parseWholeNumber("flagThreshold", " 7 ")).toEqual({ ok: true, value: 7 });
    expect(parseWholeNumber("flagThreshold", "")).toEqual({
      ok: false,
      errors: { flagThreshold: "Enter the flag threshold" },
    });
    expect(parseWholeNumber("flagThreshold", "-1")).toEqual({
      ok: false,
      errors: { flagThreshold: "Flag threshold must be a whole number, like 3" },
    });
    expect(parseWholeNumber("responseTarget", "0")).toEqual({
      ok: false,
      errors: { responseTarget: "Response target must be between 1 and 130 working days" },
    });
    expect(parseWholeNumber("securityEventRetention", "731")).toEqual({
      ok: false,
      errors: { securityEventRetention: "Security event retention must be between 7 and 730 days" },
    });
    expect(parseWholeNumber("deliveryCheckDelay", "6")).toEqual({
      ok: false,
      errors: { deliveryCheckDelay: "Delivery check delay must be between 7 and 365 days" },
    });
    expect(parseWholeNumber("deliveryCheckDelay", "28")).toEqual({ ok: true, value: 28 });
    expect(parseWholeNumber("eventParticipantRetention", "0")).toEqual({
      ok: false,
      errors: { eventParticipantRetention: "Event participant retention must be between 1 and 365 days" },
    });
    expect(parseWholeNumber("eventParticipantRetention", "30")).toEqual({ ok: true, value: 30 });
  });
});

describe("help lines typed as rows", () => {
  const row = (index: number, parts: { name?: string; description?: string; phone?: string; url?: string }) =>
    Object.fromEntries(Object.entries(parts).map(([part, text]) => [`signpost-${index}-${part}`, text]));

  it("keeps the rows in order, leaves out an empty row, and leaves out a phone or website not given", () => {
    const fields = {
      ...row(2, { name: "Samaritans", description: "Anyone, any time.", phone: "116 123", url: "" }),
      ...row(0, { name: "Childline", description: "Under 19s.", phone: "", url: "https://www.childline.org.uk/" }),
      ...row(1, { name: " ", description: "", phone: "", url: "" }),
    };
    expect(parseSignpostingRows(fields)).toEqual({
      ok: true,
      value: [
        { name: "Childline", description: "Under 19s.", url: "https://www.childline.org.uk/" },
        { name: "Samaritans", description: "Anyone, any time.", phone: "116 123" },
      ],
    });
  });

  it("puts each row's errors on that row's own fields", () => {
    const fields = {
      ...row(0, { name: "", description: "Under 19s.", phone: "call us", url: "" }),
      ...row(1, { name: "Site", description: "", phone: "", url: "ftp://example.org" }),
    };
    expect(parseSignpostingRows(fields)).toEqual({
      ok: false,
      errors: {
        "signpost-0-name": "Help line 1: Enter the name of the help line",
        "signpost-0-phone": "Help line 1: Enter the phone number in digits and spaces only, like 0800 1111",
        "signpost-1-description": "Help line 2: Enter who the help line is for",
        "signpost-1-url":
          "Help line 2: Enter the website as a full address starting with https://, like https://www.childline.org.uk",
      },
    });
  });

  it("refuses a website that is not https, including ones that would run script", () => {
    for (const url of ["http://example.org", "javascript:alert(1)", "data:text/html,hi", "https://localhost"]) {
      const parsed = parseSignpostingRows(row(0, { name: "A", description: "B", url }));
      expect(parsed.ok, url).toBe(false);
    }
  });

  it("ignores rows far beyond what the form shows, and needs at least one help line", () => {
    expect(parseSignpostingRows(row(25, { name: "Forged", description: "Row", phone: "0800 1111" }))).toEqual({
      ok: false,
      errors: { "signpost-0-name": "Keep at least one help line: the pages that show them need one" },
    });
  });
});

describe("the generic settings form", () => {
  it("refuses a setting the registry does not hold, and parses one it does", () => {
    expect(saveSettingSchema.safeParse({ setting: "toString" }).success).toBe(false);
    expect(saveSettingSchema.parse({ setting: "flagThreshold", flagThreshold: "5" })).toEqual({
      name: "flagThreshold",
      value: 5,
    });
  });

  it("says in its banner which setting was saved, or that it was already so", () => {
    expect(savedMessage({ name: "responseTarget", value: 15 }, true)).toBe(
      "Response target saved. It is 15 working days.",
    );
    expect(savedMessage({ name: "blockedWords", value: [] }, false)).toBe(
      "Blocked words not changed: it was already set to that.",
    );
  });
});

describe("a bank holiday's date", () => {
  const holiday = (day: string, month: string, year: string) => ({
    holidayDateDay: day,
    holidayDateMonth: month,
    holidayDateYear: year,
    holidayName: "Early May bank holiday",
  });

  it("is the calendar day typed, at midnight UTC, in summer time too", () => {
    expect(addBankHolidaySchema.parse(holiday("4", "5", "2026")).date.toISOString()).toBe("2026-05-04T00:00:00.000Z");
    expect(addBankHolidaySchema.parse(holiday("25", "12", "2026")).date.toISOString()).toBe("2026-12-25T00:00:00.000Z");
  });

  it("refuses an impossible date and a date with a part missing", () => {
    expect(addBankHolidaySchema.safeParse(holiday("29", "2", "2027")).error?.issues[0]).toMatchObject({
      path: ["holidayDate"],
      message: "The date of the bank holiday must be a real date, for example 27 3 2027",
    });
    expect(addBankHolidaySchema.safeParse(holiday("1", "", "2027")).error?.issues[0]?.message).toBe(
      "The date of the bank holiday must include a day, month and year",
    );
  });
});

describe("the help lines' links", () => {
  it("calls the number typed and names a website as people say it", () => {
    expect(phoneHref("0800 1111")).toBe("tel:08001111");
    expect(phoneHref("+44 116 123")).toBe("tel:+44116123");
    expect(websiteLabel("https://www.childline.org.uk")).toBe("childline.org.uk");
    expect(websiteLabel("https://www.nspcc.org.uk/keeping-children-safe/")).toBe("nspcc.org.uk/keeping-children-safe");
  });

  it("has defaults that pass the setting's own check (what the pages showed before it existed)", () => {
    expect(signpostingLinksSchema.parse(DEFAULT_SIGNPOSTING_LINKS)).toEqual(DEFAULT_SIGNPOSTING_LINKS);
    expect(DEFAULT_SIGNPOSTING_LINKS[0]).toMatchObject({ name: "Childline", phone: "0800 1111" });
  });
});
