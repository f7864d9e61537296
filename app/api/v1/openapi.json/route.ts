import { CACHE_CONTROL, openDataRoute, preflight } from "@/lib/open-data/api/http";
import { openApiDocument } from "@/lib/open-data/api/openapi";
import { noQuery } from "@/lib/open-data/api/schemas";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of /api/v1, generated from the schemas the routes validate with. */
export const GET = openDataRoute({ query: noQuery, cacheControl: CACHE_CONTROL.reference }, async ({ origin }) =>
  openApiDocument(origin),
);
export const OPTIONS = preflight;
