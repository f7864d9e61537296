import { afterEach, describe, expect, it, vi } from "vitest";
import { notFound } from "next/navigation";
import { Conflict, Forbidden, Invalid, NotFound, RateLimited, Unauthenticated } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { errorResponse, withErrorResponses } from "@/lib/route-errors";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/service-unavailable";

async function answered(response: Response) {
  return { status: response.status, body: await response.json(), cache: response.headers.get("Cache-Control") };
}

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it.each([
    [new Unauthenticated(), 401, "Sign in first."],
    [new Forbidden("Only a CSES administrator can do that."), 403, "Only a CSES administrator can do that."],
    [new NotFound("We could not find that question."), 404, "We could not find that question."],
    [new Conflict(), 409, "That has changed since you loaded the page. Try again."],
    [
      new Invalid("Select a district from the list", { district: "Select a district from the list" }),
      400,
      "Select a district from the list",
    ],
  ])("answers %s with %i and its message", async (error, status, message) => {
    expect(await answered(errorResponse(error))).toEqual({ status, body: { error: message }, cache: "no-store" });
  });

  it("answers the database going away mid-request with 503, when to retry, and no internals", async () => {
    const error = new Prisma.PrismaClientKnownRequestError("Can't reach database server at 127.0.0.1:5432", {
      code: "P1001",
      clientVersion: "test",
    });
    const response = errorResponse(error);
    expect(response.headers.get("Retry-After")).toBe("10");
    expect(await answered(response)).toEqual({
      status: 503,
      body: { error: SERVICE_UNAVAILABLE_MESSAGE },
      cache: "no-store",
    });
  });

  it("answers too many attempts with 429 and when to retry", async () => {
    const response = errorResponse(new RateLimited(90));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("90");
    expect(await response.json()).toEqual({ error: "You have tried too many times. Try again in 2 minutes." });
  });

  it("answers a refusal as not found where existence must not leak", async () => {
    expect(
      await answered(errorResponse(new Forbidden("That question is hidden."), { concealForbidden: true })),
    ).toEqual({
      status: 404,
      body: { error: new NotFound().message },
      cache: "no-store",
    });
  });

  it("answers anything unexpected with 500 and a reference, logging the error but never sending its text", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { status, body } = await answered(
      errorResponse(new Error('duplicate key value violates unique constraint "user_email_key"')),
    );
    expect(status).toBe(500);
    expect(body.error).toMatch(/quote reference [0-9a-f]{8}\.$/);
    expect(JSON.stringify(body)).not.toContain("duplicate key");
    expect(logged).toHaveBeenCalledOnce();
  });

  it("lets Next's not-found signal through", () => {
    let signal: unknown;
    try {
      notFound();
    } catch (error) {
      signal = error;
    }
    expect(() => errorResponse(signal)).toThrow();
  });
});

describe("withErrorResponses", () => {
  it("passes a handler's answer through and answers what it throws", async () => {
    const ok = withErrorResponses(async (request: Request) => Response.json({ path: new URL(request.url).pathname }));
    expect(await (await ok(new Request("http://localhost/api/x"))).json()).toEqual({ path: "/api/x" });
    const refused = withErrorResponses(async () => {
      throw new Unauthenticated("Sign in to download your data.");
    });
    expect(await answered(await refused())).toEqual({
      status: 401,
      body: { error: "Sign in to download your data." },
      cache: "no-store",
    });
  });
});
