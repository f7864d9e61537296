import { describe, expect, it } from "vitest";
import {
  emailOnlySchema,
  resetPasswordSchema,
  returnToField,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "@/lib/accounts/schemas";
import { fieldErrors } from "@/lib/forms";
import { isCommonPassword } from "@/lib/accounts/password";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as never);
const longEmail = `${"a".repeat(250)}@example.com`;
const goodToken = "A".repeat(43);

describe("every account form refuses bad input with a plain message", () => {
  const cases: {
    form: string;
    schema: { safeParse(v: unknown): { success: boolean; error?: unknown } };
    input: Record<string, unknown>;
    field: string;
    message: RegExp;
  }[] = [
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "", password: "long enough passphrase" },
      field: "email",
      message: /Enter your email address/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: null, password: "long enough passphrase" },
      field: "email",
      message: /Enter your email address/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: longEmail, password: "long enough passphrase" },
      field: "email",
      message: /254 characters or fewer/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "<script>alert(1)</script>", password: "long enough passphrase" },
      field: "email",
      message: /correct format/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "a@example.com", password: "" },
      field: "password",
      message: /Enter a password/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "a@example.com", password: "short" },
      field: "password",
      message: /at least 10 characters/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "a@example.com", password: "x".repeat(129) },
      field: "password",
      message: /128 characters or fewer/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "a@example.com", password: 12345678901 },
      field: "password",
      message: /Enter a password/,
    },
    {
      form: "sign-up",
      schema: signUpSchema,
      input: { email: "a@example.com", password: "password123" },
      field: "password",
      message: /too common/,
    },
    {
      form: "sign-in",
      schema: signInSchema,
      input: { email: "", password: "" },
      field: "email",
      message: /Enter your email address/,
    },
    {
      form: "sign-in",
      schema: signInSchema,
      input: { email: "a@example.com", password: "" },
      field: "password",
      message: /Enter your password/,
    },
    {
      form: "sign-in",
      schema: signInSchema,
      input: { email: ["a@example.com"], password: "x" },
      field: "email",
      message: /Enter your email address/,
    },
    {
      form: "email link / reset request",
      schema: emailOnlySchema,
      input: { email: "not-an-email" },
      field: "email",
      message: /correct format/,
    },
    {
      form: "email link / reset request",
      schema: emailOnlySchema,
      input: { email: "a@example.com\r\nBcc: x@example.com" },
      field: "email",
      message: /correct format/,
    },
    {
      form: "confirm link",
      schema: tokenSchema,
      input: { token: "' OR 1=1 --" },
      field: "token",
      message: /not valid/,
    },
    {
      form: "new password",
      schema: resetPasswordSchema,
      input: { token: goodToken, password: "qwertyuiop" },
      field: "password",
      message: /too common/,
    },
    {
      form: "new password",
      schema: resetPasswordSchema,
      input: { token: "", password: "long enough passphrase" },
      field: "token",
      message: /not valid/,
    },
  ];

  it.each(cases)("$form: $field given $input", ({ schema, input, field, message }) => {
    expect(errorsOf(schema.safeParse(input))[field]).toMatch(message);
  });

  it("accepts good input, trimming and lower-casing the email", () => {
    const parsed = signUpSchema.parse({
      email: "  Sam.Smith@Example.COM ",
      password: "correct horse battery staple",
      ageBand: "age_18_24",
    });
    expect(parsed.email).toBe("sam.smith@example.com");
  });
});

describe("isCommonPassword", () => {
  it("knows common passwords, with a number or mark on the end too", () => {
    expect(isCommonPassword("password1234")).toBe(true);
    expect(isCommonPassword("Iloveyou123!")).toBe(true);
    expect(isCommonPassword("kingfisher estuary lamp")).toBe(false);
  });
});

describe("returnToField", () => {
  it("keeps paths on this site and drops everything else", () => {
    expect(returnToField.parse("/questions/abc?x=1")).toBe("/questions/abc?x=1");
    expect(returnToField.parse("//evil.example/x")).toBeUndefined();
    expect(returnToField.parse("/\\evil.example")).toBeUndefined();
    expect(returnToField.parse("https://evil.example/")).toBeUndefined();
    expect(returnToField.parse("javascript:alert(1)")).toBeUndefined();
    expect(returnToField.parse(undefined)).toBeUndefined();
  });
});
