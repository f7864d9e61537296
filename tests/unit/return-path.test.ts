import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { returnToField, signUpSchema } from "@/lib/accounts/schemas";

describe("safeReturnPath: the page to come back to after signing in, never another site", () => {
  it.each([
    "/questions/2b1c6f8e-4c8e-4d5e-9a51-0c1d2e3f4a5b",
    "/questions?theme=transport&sort=newest",
    "/account/confirm-identity?next=%2Faccount%2Fdelete",
    "/questions/ask#details",
    "/",
  ])("keeps %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ["another site", "https://evil.example/phish"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash read as a slash", "/\\evil.example"],
    ["a backslash later on", "/questions\\..\\\\evil.example"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "questions"],
    ["a tab that browsers strip", "/\t/evil.example"],
    ["a newline (header injection)", "/questions\r\nSet-Cookie: x=1"],
    ["a space", "/questions ask"],
    ["a sign-in page (a loop)", "/sign-in?returnTo=/questions"],
    ["the confirmation page", "/verify-email?token=abc"],
    ["the signed-out page", "/signed-out"],
    ["something too long", `/${"a".repeat(600)}`],
    ["nothing", ""],
  ])("drops %s", (_what, path) => {
    expect(safeReturnPath(path)).toBeUndefined();
  });

  it("keeps a page whose name only starts like an account page", () => {
    expect(safeReturnPath("/sign-invitations")).toBe("/sign-invitations");
  });

  it("is what the forms' returnTo field applies", () => {
    expect(returnToField.parse("//evil.example")).toBeUndefined();
    expect(returnToField.parse("/questions")).toBe("/questions");
    expect(returnToField.parse(undefined)).toBeUndefined();
  });
});

describe("the age question at sign-up", () => {
  const base = { email: "a@example.com", password: "kingfisher estuary lantern" };
  it("is required, with 'prefer not to say' an answer that stores no age group", () => {
    const missing = signUpSchema.safeParse(base);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(["ageBand"]);
    expect(signUpSchema.safeParse({ ...base, ageBand: "not_said" }).data?.ageBand).toBeNull();
    expect(signUpSchema.safeParse({ ...base, ageBand: "under_16" }).data?.ageBand).toBe("under_16");
    expect(signUpSchema.safeParse({ ...base, ageBand: "age_99" }).success).toBe(false);
  });
});
