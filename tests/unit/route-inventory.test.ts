import path from "node:path";
import { describe, expect, it } from "vitest";
import { listPageRoutes, routeForPath, routesWithoutCheck } from "@/scripts/lib/route-inventory";

const routes = [
  "/",
  "/questions",
  "/questions/[id]",
  "/questions/ask",
  "/questions/[id]/edit",
  "/docs/[...slug]",
  "/help/[[...topic]]",
];

describe("the route inventory", () => {
  it("serves a path from the most specific route, as Next does", () => {
    expect(routeForPath(routes, "/")).toBe("/");
    expect(routeForPath(routes, "/questions/ask")).toBe("/questions/ask");
    expect(routeForPath(routes, "/questions/5f0c")).toBe("/questions/[id]");
    expect(routeForPath(routes, "/questions/5f0c/edit")).toBe("/questions/[id]/edit");
    expect(routeForPath(routes, "/questions/5f0c/nothing")).toBeNull();
    expect(routeForPath(routes, "/docs")).toBeNull();
    expect(routeForPath(routes, "/docs/a/b")).toBe("/docs/[...slug]");
    expect(routeForPath(routes, "/help")).toBe("/help/[[...topic]]");
    expect(routeForPath(routes, "/help/x")).toBe("/help/[[...topic]]");
  });

  it("names the routes no checked path was served by", () => {
    expect(routesWithoutCheck(routes, ["/", "/questions/ask", "/questions/ask", "/help"])).toEqual([
      "/questions",
      "/questions/[id]",
      "/questions/[id]/edit",
      "/docs/[...slug]",
    ]);
  });

  it("lists the app's page routes, dynamic segments as patterns", async () => {
    const listed = await listPageRoutes(path.resolve(import.meta.dirname, "../../app"));
    expect(listed).toContain("/");
    expect(listed).toContain("/questions/[id]");
    expect(listed).toContain("/partner/questions/[id]/responses/[responseId]/edit");
    expect(listed).not.toContain("/api/health");
    expect(listed.length).toBeGreaterThan(80);
  });
});
