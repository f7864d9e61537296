// The licence the portal's open data is published under: feeds, bulk downloads and the API say the same.

export const OPEN_DATA_LICENCE = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
} as const;

/** The attribution the licence asks reusers to give. */
export const ATTRIBUTION =
  "Contains public sector information from My Smarter Essex, licensed under the Open Government Licence v3.0.";

/** The portal's public address, for absolute links in files read away from the site (feeds, downloads). */
export function siteAddress(env: Record<string, string | undefined> = process.env): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT ?? "3000"}`).replace(/\/+$/, "");
}
