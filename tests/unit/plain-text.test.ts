import { describe, expect, it } from "vitest";
import { plainText, stripControlCharacters } from "@/lib/text/plain-text";
import { browseSchema, questionSchema } from "@/lib/questions/schemas";
import { displayNameField } from "@/lib/accounts/profile/schemas";
import { findPersonSchema } from "@/lib/admin/people/schemas";
import { councilContactsSchema, DEFAULT_COUNCIL_CONTACTS } from "@/lib/settings/contact-routes";

describe("stripControlCharacters", () => {
  it("removes NUL and other C0 controls, DEL and C1 controls", () => {
    expect(stripControlCharacters("a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg")).toBe("abcdefg");
  });

  it("removes bidirectional embeddings, overrides and isolates", () => {
    expect(stripControlCharacters("abc\u202Edcb\u202C \u2066x\u2069 \u202A\u202B\u202D\u2067\u2068")).toBe("abcdcb x ");
  });

  it("keeps tabs, newlines, emoji, Welsh and accented letters, and the left-to-right/right-to-left marks", () => {
    const text = "Ysgol Gymraeg ŵ ŷ â — café naïve 🚲👍🏽\n\tSecond line\r\nשלום\u200F and \u200E";
    expect(stripControlCharacters(text)).toBe(text);
  });
});

describe("plainText in the schemas", () => {
  it("strips before the length checks, then chains like z.string", () => {
    expect(plainText().trim().min(2).safeParse(" \u0000a\u0000 ").success).toBe(false);
    expect(plainText().trim().min(2).parse(" a\u0000b ")).toBe("ab");
  });

  it("cleans a question's title and body, keeping the body's newlines", () => {
    const parsed = questionSchema.parse({
      title: "Why are the street lights\u0000 off on the \u202Eeunevae\u202C?",
      body: "First paragraph.\n\nSecond paragraph with a NUL\u0000 and café ☕.",
      themes: ["transport"],
    });
    expect(parsed.title).toBe("Why are the street lights off on the eunevae?");
    expect(parsed.body).toBe("First paragraph.\n\nSecond paragraph with a NUL and café ☕.");
  });

  it("cleans the search query, the public name, the admin email search and the contact routes", () => {
    expect(browseSchema.parse({ q: "bus\u0000 stops" }).q).toBe("bus stops");
    expect(displayNameField.parse("Siân\u202E Jones")).toBe("Siân Jones");
    expect(findPersonSchema.parse({ email: "a\u0000@example.com" }).email).toBe("a@example.com");
    const contacts = councilContactsSchema.parse({
      county: {
        ...DEFAULT_COUNCIL_CONTACTS.county,
        name: "Essex\u0000 County Council",
        highwaysUrgentPhone: "0345\u2066 1",
      },
      councils: {
        chelmsford: { name: "Chelmsford\u0007 City Council", url: "https://www.chelmsford.gov.uk/", unitary: false },
      },
    });
    expect(contacts.county).toMatchObject({ name: "Essex County Council", highwaysUrgentPhone: "0345 1" });
    expect(contacts.councils.chelmsford?.name).toBe("Chelmsford City Council");
  });
});

describe("plainText line breaks", () => {
  it("counts a line break as one character, as the browser's character count does", () => {
    // A text area sends "\r\n" for each line break it shows as "\n".
    const field = plainText().max(5);
    expect(field.parse("ab\r\ncd")).toBe("ab\ncd");
    expect(field.safeParse("a\r\nb\r\nc").success).toBe(true);
    expect(plainText().parse("one\rtwo")).toBe("one\ntwo");
  });
});
