import { describe, expect, it } from "vitest";
import {
  SERVICE_UNAVAILABLE_HEADING,
  SERVICE_UNAVAILABLE_MESSAGE,
  serviceUnavailableResponse,
} from "@/lib/service-unavailable";
import { problem } from "@/lib/open-data/api/schemas";

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1${path}`, { headers });

describe("serviceUnavailableResponse", () => {
  it("answers a page with a 503 HTML page that says so, under the request's nonce, never to be cached", async () => {
    const response = serviceUnavailableResponse(request("/questions"), "/questions", "bm9uY2U=");
    expect(response.status).toBe(503);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Retry-After")).toBe("10");
    const html = await response.text();
    expect(html).toContain(`<h1>${SERVICE_UNAVAILABLE_HEADING}</h1>`);
    expect(html).toContain('<html lang="en-GB">');
    // The only style block carries the nonce (the CSP allows no other); there is no script at all.
    expect(html.match(/<style[^>]*>/g)).toEqual(['<style nonce="bm9uY2U=">']);
    expect(html).not.toContain("<script");
  });

  it("answers the API with JSON, and a server action or client navigation with plain text", async () => {
    const api = serviceUnavailableResponse(request("/api/questions/similar"), "/api/questions/similar", "n");
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: SERVICE_UNAVAILABLE_MESSAGE });

    const callers: Record<string, string>[] = [{ "next-action": "7f00" }, { rsc: "1" }];
    for (const headers of callers) {
      const answer = serviceUnavailableResponse(request("/questions/1", headers), "/questions/1", "n");
      expect(answer.status).toBe(503);
      expect(answer.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(await answer.text()).toBe(SERVICE_UNAVAILABLE_MESSAGE);
    }
  });

  it("answers the open-data API with RFC 9457 problem details any origin may read, as its other errors", async () => {
    const answer = serviceUnavailableResponse(request("/api/v1/questions?limit=2"), "/api/v1/questions", "n");
    expect(answer.status).toBe(503);
    expect(answer.headers.get("Content-Type")).toBe("application/problem+json");
    expect(answer.headers.get("Retry-After")).toBe("10");
    expect(answer.headers.get("Cache-Control")).toBe("no-store");
    expect(answer.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(answer.headers.get("Access-Control-Expose-Headers")).toContain("Retry-After");
    const body: unknown = await answer.json();
    expect(problem.strict().parse(body)).toEqual({
      type: "about:blank",
      title: "Service Unavailable",
      status: 503,
      detail: SERVICE_UNAVAILABLE_MESSAGE,
      instance: "/api/v1/questions",
    });
  });
});
