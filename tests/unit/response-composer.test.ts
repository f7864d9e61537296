import { describe, expect, it } from "vitest";
import { appendTemplate, responseComposerSchema, WRITE_THE_RESPONSE } from "@/lib/responses/schemas";

const QUESTION = "5f0c2a4e-8d3b-4c1a-9e2f-1a2b3c4d5e6f";
const TEMPLATE = "6a1d3b5f-9e4c-4d2b-8f3a-2b3c4d5e6f70";

describe("the response composer's form", () => {
  it("needs text to publish or preview, but not to insert a template", () => {
    for (const intent of ["publish", "preview"] as const) {
      const parsed = responseComposerSchema.safeParse({
        questionId: QUESTION,
        organisationId: "3",
        body: "  ",
        intent,
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["body", WRITE_THE_RESPONSE]]);
    }
    const insert = responseComposerSchema.safeParse({
      questionId: QUESTION,
      organisationId: "3",
      body: "",
      intent: "insert",
      templateId: TEMPLATE,
    });
    expect(insert.success).toBe(true);
  });

  it("publishes when no button says otherwise, and asks for a template when inserting none", () => {
    expect(responseComposerSchema.parse({ questionId: QUESTION, organisationId: "3", body: "Hi." }).intent).toBe(
      "publish",
    );
    const parsed = responseComposerSchema.safeParse({ questionId: QUESTION, organisationId: "3", intent: "insert" });
    expect(parsed.error?.issues.map((i) => i.path[0])).toEqual(["templateId"]);
  });

  it("adds a template after what is written, as a paragraph of its own", () => {
    expect(appendTemplate("", "Template.")).toBe("Template.");
    expect(appendTemplate("Thanks.\n\n", "Template.")).toBe("Thanks.\n\nTemplate.");
    expect(appendTemplate("Thanks.", "Template.")).toBe("Thanks.\n\nTemplate.");
  });
});
