import { describe, expect, it } from "vitest";
import { isRefusedCrossSiteRequest } from "@/lib/request-origin";
import { smtpTransportOptions } from "@/lib/mail/transport";
import { councilContactsSchema, DEFAULT_COUNCIL_CONTACTS } from "@/lib/settings/contact-routes";

describe("isRefusedCrossSiteRequest", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE", "post"])("refuses a cross-site %s", (method) => {
    expect(isRefusedCrossSiteRequest(method, "cross-site")).toBe(true);
  });

  it("refuses a write from a sibling subdomain (same-site)", () => {
    expect(isRefusedCrossSiteRequest("POST", "same-site")).toBe(true);
    expect(isRefusedCrossSiteRequest("POST", " Cross-Site ")).toBe(true);
  });

  it("allows writes from our own pages, typed addresses and clients that send no header", () => {
    expect(isRefusedCrossSiteRequest("POST", "same-origin")).toBe(false);
    expect(isRefusedCrossSiteRequest("POST", "none")).toBe(false);
    expect(isRefusedCrossSiteRequest("POST", null)).toBe(false);
  });

  it.each(["GET", "HEAD", "OPTIONS"])("leaves a cross-site %s alone (links and images from other sites)", (method) => {
    expect(isRefusedCrossSiteRequest(method, "cross-site")).toBe(false);
  });
});

describe("smtpTransportOptions", () => {
  it("requires STARTTLS for smtp:// to a host on the network", () => {
    expect(smtpTransportOptions("smtp://user:pw@mail.example.com:587", {})).toEqual({
      url: "smtp://user:pw@mail.example.com:587",
      requireTLS: true,
    });
  });

  it("needs no STARTTLS for smtps:// (TLS from the first byte)", () => {
    expect(smtpTransportOptions("smtps://mail.example.com:465", {}).requireTLS).toBe(false);
  });

  it.each(["localhost", "127.0.0.1", "[::1]", "LOCALHOST"])(
    "allows plain SMTP to a relay on this machine (%s)",
    (host) => {
      expect(smtpTransportOptions(`smtp://${host}:25`, {}).requireTLS).toBe(false);
    },
  );

  it("allows plain SMTP elsewhere only when SMTP_ALLOW_PLAINTEXT=true", () => {
    expect(smtpTransportOptions("smtp://relay:25", { SMTP_ALLOW_PLAINTEXT: "true" }).requireTLS).toBe(false);
    expect(smtpTransportOptions("smtp://relay:25", { SMTP_ALLOW_PLAINTEXT: "1" }).requireTLS).toBe(true);
  });
});

describe("councilContactsSchema", () => {
  const route = (url: string) => ({
    ...DEFAULT_COUNCIL_CONTACTS,
    councils: { basildon: { name: "Basildon Borough Council", url, unitary: false } },
  });

  it("accepts http and https links", () => {
    expect(councilContactsSchema.safeParse(DEFAULT_COUNCIL_CONTACTS).success).toBe(true);
    expect(councilContactsSchema.safeParse(route("https://www.basildon.gov.uk/")).success).toBe(true);
    expect(councilContactsSchema.safeParse(route("http://example.org/path")).success).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/"])(
    "refuses %s",
    (url) => {
      expect(councilContactsSchema.safeParse(route(url)).success).toBe(false);
    },
  );
});
