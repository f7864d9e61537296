// Found by the fuzz test (tests/integration/fuzz-actions.test.ts): an organisation or theme id beyond PostgreSQL's
// `integer` (a bound argument forged as 99999999999, or a Date the schema coerced to milliseconds) passed the
// schema and failed in the query as an unexpected error. Every id field refuses it now, as it refuses any id
// that names no row.
import { describe, expect, it } from "vitest";
import { claimQuestionSchema, transferQuestionSchema } from "@/lib/assignments/schemas";
import { addMembershipSchema } from "@/lib/admin/people/schemas";
import { createAnswerTemplateSchema } from "@/lib/answer-templates/schemas";
import { inviteSchema } from "@/lib/invitations/schemas";
import { organisationIdSchema } from "@/lib/organisations/schemas";
import { themeIdSchema } from "@/lib/themes/schemas";
import { MAX_SERIAL_ID } from "@/lib/validation";

const questionId = "7d0c3c4e-8f5e-4a43-9d59-2f4a1f0b6a10";
const tooLarge = [MAX_SERIAL_ID + 1, String(MAX_SERIAL_ID + 1), "99999999999", new Date("2026-11-26T00:00:00Z")];

describe("serial id fields", () => {
  it.each([
    ["an organisation", (id: unknown) => organisationIdSchema.safeParse({ organisationId: id })],
    ["a theme", (id: unknown) => themeIdSchema.safeParse({ themeId: id })],
    ["a claim", (id: unknown) => claimQuestionSchema.safeParse({ questionId, organisationId: id })],
    ["a transfer", (id: unknown) => transferQuestionSchema.safeParse({ questionId, toOrganisationId: id, note: "x" })],
    [
      "a membership",
      (id: unknown) => addMembershipSchema.safeParse({ userId: questionId, organisationId: id, role: "member" }),
    ],
    [
      "an answer template",
      (id: unknown) => createAnswerTemplateSchema.safeParse({ organisationId: id, title: "Title", body: "Body" }),
    ],
    ["an invitation", (id: unknown) => inviteSchema.safeParse({ organisationId: id, email: "a@example.com" })],
  ])("refuse ids past PostgreSQL's integer for %s", (_name, parse) => {
    for (const id of tooLarge) {
      const parsed = parse(id);
      expect(parsed.success, String(id)).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.path[0]).join()).toMatch(/rganisationId|themeId/);
    }
  });

  it("still accept the largest id PostgreSQL can store", () => {
    expect(organisationIdSchema.safeParse({ organisationId: String(MAX_SERIAL_ID) }).success).toBe(true);
    expect(themeIdSchema.safeParse({ themeId: MAX_SERIAL_ID }).success).toBe(true);
  });
});
