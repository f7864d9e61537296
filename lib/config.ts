// What the portal needs from its environment, checked once at server start (instrumentation.ts).

/** Settings production cannot run without, and why each matters. */
const REQUIRED_IN_PRODUCTION = {
  SMTP_URL: "the mail server; without it, emails with sign-in links would be stored instead of sent",
  APP_URL: "the portal's public address (https://…), used in every emailed link",
  AUTH_SECRET: "the key that signs session cookies",
} as const;

/**
 * The reasons a production server must refuse to start, one per missing setting (empty when it may start).
 * MAIL_CAPTURE=on stands in for SMTP_URL only for the automated tests, which run a production build against a
 * throwaway database and read the mail from it; it must never be set on a real server.
 */
export function missingProductionSettings(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== "production") return [];
  // `next build` also runs with NODE_ENV=production but serves nothing: the settings belong to the server.
  if (env.NEXT_PHASE === "phase-production-build") return [];
  return Object.entries(REQUIRED_IN_PRODUCTION)
    .filter(([name]) => !env[name]?.trim() && !(name === "SMTP_URL" && env.MAIL_CAPTURE === "on"))
    .map(([name, why]) => `${name} is not set: ${why}.`);
}

/** Throws, naming every missing setting, when production is started without what it needs. */
export function assertProductionSettings(env: Record<string, string | undefined> = process.env): void {
  const missing = missingProductionSettings(env);
  if (missing.length === 0) return;
  throw new Error(
    `My Smarter Essex cannot start in production:\n- ${missing.join("\n- ")}\nSee README.md, "Production".`,
  );
}

/** Served over HTTPS (APP_URL says so): cookies are then Secure and take the __Host- prefix. */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return env.APP_URL?.startsWith("https://") ?? false;
}
