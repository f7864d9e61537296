// The pure parts of the open-data API's documentation and links: the public origin links are built on, and how
// /developers words a schema's type.
import { describe, expect, it } from "vitest";
import { typeText } from "@/lib/open-data/api/reference-view";
import { requestOrigin } from "@/lib/request-origin";

describe("requestOrigin", () => {
  it("prefers APP_URL, the address people use, over the host the request came in on", () => {
    const request = new Request("http://10.0.0.7:3000/api/v1/questions");
    expect(requestOrigin(request, { APP_URL: "https://portal.essex.test/some/path" })).toBe(
      "https://portal.essex.test",
    );
    expect(requestOrigin(request, {})).toBe("http://10.0.0.7:3000");
    expect(requestOrigin(request, { APP_URL: "not a url" })).toBe("http://10.0.0.7:3000");
  });
});

describe("typeText", () => {
  it("words references, lists, enums, nullable fields and bounded numbers", () => {
    expect(typeText({ $ref: "#/components/schemas/QuestionSummary" })).toBe("QuestionSummary");
    expect(typeText({ type: "array", items: { $ref: "#/components/schemas/Theme" } })).toBe("list of Theme");
    expect(typeText({ type: "string", enum: ["open", "answered"] })).toBe("one of: open, answered");
    expect(typeText({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] })).toBe(
      "text (date-time) or null",
    );
    expect(typeText({ type: "integer", minimum: 1, maximum: 100 })).toBe("whole number from 1 to 100");
    expect(typeText({ type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER })).toBe("whole number, 0 or more");
  });
});
