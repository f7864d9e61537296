import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  asksNotToBeIndexed,
  nonceOf,
  pageCacheKey,
  renderedAnswerUse,
  splitAtNonce,
  withNonce,
  type PageRequest,
} from "@/lib/page-cache/policy";
import { contentSecurityPolicy } from "@/lib/security-headers";

const QUESTION = "/questions/3f0c2a55-8a4e-4f57-9a77-0d1f3f4b6c21";

function visitor(pathname: string, extra: Partial<PageRequest> = {}): PageRequest {
  return { method: "GET", pathname, search: "", cookie: null, wantsComponentData: false, ...extra };
}

describe("pageCacheKey", () => {
  it("keeps the public pages a visitor reads, keyed by their whole address", () => {
    for (const path of ["/", "/questions", QUESTION, "/learn", "/learn/transport", "/commitments", "/partners"]) {
      expect(pageCacheKey(visitor(path))).toBe(path);
    }
    expect(pageCacheKey(visitor("/questions", { search: "?q=bus&sort=newest" }))).toBe("/questions?q=bus&sort=newest");
  });

  it("renders every other page for its request", () => {
    for (const path of [
      "/questions/ask",
      `${QUESTION}/report`,
      "/account",
      "/partner",
      "/moderation",
      "/admin",
      "/events",
      "/join/ACT4EX",
      "/sign-in",
      "/privacy",
      "/api/health",
      "/api/v1/questions",
    ]) {
      expect(pageCacheKey(visitor(path)), path).toBeNull();
    }
  });

  it("never answers a signed-in person from the cache, whatever the cookie's prefix or chunk", () => {
    for (const cookie of [
      "authjs.session-token=abc",
      "__Secure-authjs.session-token=abc",
      "__Host-authjs.session-token=abc",
      "theme=dark; authjs.session-token.0=abc; authjs.session-token.1=def",
    ]) {
      expect(pageCacheKey(visitor("/questions", { cookie })), cookie).toBeNull();
    }
    // Cookies that do not change a public page (next-auth's CSRF token after a visit to the sign-in page) do not.
    expect(pageCacheKey(visitor("/questions", { cookie: "authjs.csrf-token=x; authjs.callback-url=y" }))).toBe(
      "/questions",
    );
  });

  it("renders writes, component data for client navigation, and very long addresses for themselves", () => {
    expect(pageCacheKey(visitor("/questions", { method: "POST" }))).toBeNull();
    expect(pageCacheKey(visitor("/questions", { method: "HEAD" }))).toBeNull();
    expect(pageCacheKey(visitor("/questions", { wantsComponentData: true }))).toBeNull();
    expect(pageCacheKey(visitor("/questions", { search: `?q=${"a".repeat(600)}` }))).toBeNull();
  });
});

describe("the nonce of a cached page", () => {
  it("is read from the CSP proxy.ts writes", () => {
    expect(nonceOf(contentSecurityPolicy("bm9uY2U+Lw==", false))).toBe("bm9uY2U+Lw==");
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
  });

  it("is replaced everywhere it was rendered and nowhere else", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const rendered = "MzJjZjY0ZWEtNGI3Mi00ZGI0LWI1ZTQtYjE3YjVmMjY5ZDFm";
        fc.pre(!before.includes(rendered.slice(0, 8)) && !after.includes(rendered.slice(0, 8)));
        const html = `${before}<script nonce="${rendered}">x</script>${after}<style nonce="${rendered}"></style>`;
        const served = withNonce(splitAtNonce(html, rendered), "ZnJlc2g=").toString("utf8");
        expect(served).toBe(`${before}<script nonce="ZnJlc2g=">x</script>${after}<style nonce="ZnJlc2g="></style>`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("renderedAnswerUse", () => {
  const page = (extra: Record<string, string> = {}) =>
    new Headers({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy("abc=", false),
      ...extra,
    });

  it("keeps a whole HTML page rendered under a nonce", () => {
    expect(renderedAnswerUse(200, page())).toBe("keep");
  });

  it("shares a not-found page or a redirect with the visitors who waited, without keeping it", () => {
    expect(renderedAnswerUse(404, page())).toBe("share");
    expect(renderedAnswerUse(307, page({ location: "/sign-in" }))).toBe("share");
  });

  it("knows a page that asks not to be indexed (not found, removed), which is shared but not kept", () => {
    expect(asksNotToBeIndexed('<head><title>Page not found</title><meta name="robots" content="noindex"/>')).toBe(true);
    expect(asksNotToBeIndexed('<meta name="robots" content="noindex, nofollow"/>')).toBe(true);
    expect(asksNotToBeIndexed('<meta name="description" content="noindex"/><h1>Questions</h1>')).toBe(false);
    expect(asksNotToBeIndexed("<h1>How to stop noindex pages</h1>")).toBe(false);
  });

  it("neither keeps nor shares an error, a cookie, another kind of answer or one without a nonce", () => {
    expect(renderedAnswerUse(500, page())).toBe("none");
    expect(renderedAnswerUse(200, page({ "set-cookie": "device=1" }))).toBe("none");
    expect(renderedAnswerUse(404, page({ "set-cookie": "device=1" }))).toBe("none");
    expect(renderedAnswerUse(200, page({ "content-type": "text/x-component" }))).toBe("none");
    expect(renderedAnswerUse(200, page({ "content-security-policy": "default-src 'self'" }))).toBe("none");
  });
});
