import { describe, expect, it } from "vitest";
import { assertProductionSettings, missingProductionSettings, servedOverHttps } from "@/lib/config";

const complete = {
  NODE_ENV: "production",
  SMTP_URL: "smtps://user:pass@mail.example:465",
  APP_URL: "https://my.smarter.essex.example",
  AUTH_SECRET: "a-long-random-secret",
};

describe("production start-up settings", () => {
  it("starts with every required setting", () => {
    expect(missingProductionSettings(complete)).toEqual([]);
    expect(() => assertProductionSettings(complete)).not.toThrow();
  });

  it.each(["SMTP_URL", "APP_URL", "AUTH_SECRET"])("refuses to start without %s, naming it", (name) => {
    for (const value of [undefined, "", "  "]) {
      const env = { ...complete, [name]: value };
      const missing = missingProductionSettings(env);
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatch(new RegExp(`^${name} is not set`));
      expect(() => assertProductionSettings(env)).toThrow(name);
    }
  });

  it("names every missing setting at once", () => {
    expect(() => assertProductionSettings({ NODE_ENV: "production" })).toThrow(
      /SMTP_URL is not set[\s\S]*APP_URL is not set[\s\S]*AUTH_SECRET is not set/,
    );
  });

  it("lets the tests' mail capture stand in for SMTP_URL, and nothing else", () => {
    expect(missingProductionSettings({ ...complete, SMTP_URL: "", MAIL_CAPTURE: "on" })).toEqual([]);
    expect(missingProductionSettings({ ...complete, SMTP_URL: "", MAIL_CAPTURE: "yes" })).toHaveLength(1);
    expect(missingProductionSettings({ ...complete, APP_URL: "", MAIL_CAPTURE: "on" })).toHaveLength(1);
  });

  it("asks nothing of development, tests, or `next build`", () => {
    expect(missingProductionSettings({ NODE_ENV: "development" })).toEqual([]);
    expect(missingProductionSettings({ NODE_ENV: "test" })).toEqual([]);
    expect(missingProductionSettings({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });

  it("knows HTTPS from APP_URL (Secure, __Host- cookies)", () => {
    expect(servedOverHttps({ APP_URL: "https://my.smarter.essex.example" })).toBe(true);
    expect(servedOverHttps({ APP_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });
});
